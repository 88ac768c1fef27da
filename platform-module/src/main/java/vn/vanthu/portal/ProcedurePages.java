package vn.vanthu.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanthu.dossier.LegalTimeUnit;
import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ProcedureDetails;
import vn.vanthu.dossier.SubmissionChannel;

/**
 * The published procedures as the JSON structure of {@code GET /vanthu/public/procedures} and as a
 * self-contained printable HTML page (no script, no external resource; every value escaped).
 */
public final class ProcedurePages {

    private ProcedurePages() {
    }

    /** {"lang","count","procedures":[...],"feedback":{address,phone,email}}. */
    public static Map<String, Object> json(List<Procedure> procedures, FeedbackContact contact, PortalMessages t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lang", t.lang());
        json.put("count", procedures.size());
        List<Object> items = new ArrayList<>();
        for (Procedure p : procedures) {
            items.add(item(p, t));
        }
        json.put("procedures", items);
        json.put("feedback", contactJson(contact));
        return json;
    }

    public static Map<String, Object> contactJson(FeedbackContact contact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", contact.address());
        json.put("phone", contact.phone());
        json.put("email", contact.email());
        return json;
    }

    private static Map<String, Object> item(Procedure p, PortalMessages t) {
        boolean vi = t.vi();
        ProcedureDetails d = p.details();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", p.code());
        item.put("name", p.name(t.lang()));
        item.put("field", vi || d.fieldEn().isBlank() ? p.field() : d.fieldEn());
        item.put("unit", vi || d.unitEn().isBlank() ? p.handlingUnit() : d.unitEn());
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("value", p.time());
        time.put("unit", p.unit().name());
        time.put("cutOff15h", p.cutOff());
        time.put("text", legalTime(p, t));
        item.put("legalTime", time);
        item.put("fee", d.fee(vi));
        item.put("papers", d.papers(vi));
        List<Object> channels = new ArrayList<>();
        for (SubmissionChannel channel : SubmissionChannel.values()) {
            if (d.channels().contains(channel)) {
                channels.add(Map.of("code", channel.name(), "label", channel.label(vi)));
            }
        }
        item.put("channels", channels);
        item.put("results", d.results(vi));
        item.put("legalBasis", d.legalBasis());
        return item;
    }

    /** "Trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)", "3 ngày làm việc", ... */
    public static String legalTime(Procedure p, PortalMessages t) {
        String text = p.time() == 0 && p.unit() == LegalTimeUnit.WORKING_DAYS ? t.get("time.sameDay")
                : p.time() + " " + t.get("time.unit." + p.unit().name());
        return p.cutOff() ? text + " " + t.get("time.cutOff") : text;
    }

    /** The printable page: title, search form, one block per procedure, the feedback contact. */
    public static String html(List<Procedure> procedures, String field, String q, FeedbackContact contact, String organName,
                              PortalMessages t) {
        boolean vi = t.vi();
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(t.get("procedures.title"))).append("</title>\n<style>\n")
                .append("body { font-family: 'Times New Roman', Times, serif; font-size: 13pt; max-width: 190mm; margin: 0 auto; padding: 8px; }\n")
                .append("h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; margin: 18px 0 4px; border-top: 1px solid #888; padding-top: 8px; }\n")
                .append("dl { margin: 0; } dt { font-weight: bold; margin-top: 4px; } dd { margin: 0 0 0 16px; }\n")
                .append(".contact { border: 1px solid #000; padding: 6px 10px; margin: 14px 0; } form { margin: 10px 0; }\n")
                .append("@media print { form, .noprint { display: none; } h2 { page-break-after: avoid; } }\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.esc(organName)).append("<br>").append(Html.esc(t.get("procedures.title"))).append("</h1>\n");
        h.append("<form method=\"get\" action=\"\"><input type=\"hidden\" name=\"format\" value=\"html\"><input type=\"hidden\" name=\"lang\" value=\"")
                .append(t.lang()).append("\"><label>").append(Html.esc(t.get("procedures.search"))).append(" <input type=\"search\" name=\"q\" maxlength=\"")
                .append(ProcedureSearch.MAX_QUERY).append("\" value=\"").append(Html.esc(q)).append("\"></label>");
        if (field != null && !field.isEmpty()) {
            h.append("<input type=\"hidden\" name=\"field\" value=\"").append(Html.esc(field)).append("\">");
        }
        h.append(" <button type=\"submit\">").append(Html.esc(t.get("procedures.searchButton"))).append("</button></form>\n");
        contactHtml(h, contact, t);
        h.append("<p>").append(Html.esc(t.format("procedures.count", procedures.size()))).append("</p>\n");
        for (Procedure p : procedures) {
            ProcedureDetails d = p.details();
            h.append("<section>\n<h2>").append(Html.esc(p.code())).append(" &ndash; ").append(Html.esc(p.name(t.lang()))).append("</h2>\n<dl>\n");
            dd(h, t.get("procedures.field"), vi || d.fieldEn().isBlank() ? p.field() : d.fieldEn());
            dd(h, t.get("procedures.unit"), vi || d.unitEn().isBlank() ? p.handlingUnit() : d.unitEn());
            dd(h, t.get("procedures.time"), legalTime(p, t));
            dd(h, t.get("procedures.fee"), d.fee(vi));
            if (!d.papers(vi).isEmpty()) {
                h.append("<dt>").append(Html.esc(t.get("procedures.papers"))).append("</dt>\n<dd><ol>");
                d.papers(vi).forEach(paper -> h.append("<li>").append(Html.esc(paper)).append("</li>"));
                h.append("</ol></dd>\n");
            }
            List<String> channels = new ArrayList<>();
            for (SubmissionChannel channel : SubmissionChannel.values()) {
                if (d.channels().contains(channel)) {
                    channels.add(channel.label(vi));
                }
            }
            dd(h, t.get("procedures.channels"), String.join("; ", channels));
            dd(h, t.get("procedures.results"), d.results(vi));
            dd(h, t.get("procedures.legalBasis"), String.join("; ", d.legalBasis()));
            h.append("</dl>\n</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static void contactHtml(StringBuilder h, FeedbackContact contact, PortalMessages t) {
        if (contact.address().isEmpty() && contact.phone().isEmpty() && contact.email().isEmpty()) {
            return;
        }
        h.append("<div class=\"contact\"><b>").append(Html.esc(t.get("feedback.contact"))).append("</b><br>\n");
        if (!contact.address().isEmpty()) {
            h.append(Html.esc(t.get("feedback.address"))).append(": ").append(Html.esc(contact.address())).append("<br>\n");
        }
        if (!contact.phone().isEmpty()) {
            h.append(Html.esc(t.get("feedback.phone"))).append(": ").append(Html.esc(contact.phone())).append("<br>\n");
        }
        if (!contact.email().isEmpty()) {
            h.append(Html.esc(t.get("feedback.email"))).append(": ").append(Html.esc(contact.email())).append("\n");
        }
        h.append("</div>\n");
    }

    private static void dd(StringBuilder h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd>\n");
        }
    }
}
