package vn.vanthu.portal;

import java.util.Map;

/**
 * The look-up as a printable HTML page for the portal and the QR code of the receipt slip: a GET
 * form (code, check) and, after a look-up, the answer or the one message shared by wrong checks
 * and unknown codes. No script; every value escaped.
 */
public final class LookupPage {

    private LookupPage() {
    }

    /** {@code answer} null and {@code message} null: the empty form; {@code message}: a refusal or "not found". */
    public static String html(String code, DossierLookup.Answer answer, String message, PortalMessages t) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(t.get("lookup.title"))).append("</title>\n<style>body { font-family: 'Times New Roman', Times, serif;")
                .append(" font-size: 13pt; max-width: 170mm; margin: 0 auto; padding: 8px; } dt { font-weight: bold; } .late { color: #a00; }")
                .append(" @media print { form { display: none; } }</style>\n</head>\n<body>\n<h1>").append(Html.esc(t.get("lookup.title")))
                .append("</h1>\n<form method=\"get\" action=\"\"><input type=\"hidden\" name=\"format\" value=\"html\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\"><label>")
                .append(Html.esc(t.get("lookup.code"))).append(" <input name=\"code\" maxlength=\"60\" required value=\"")
                .append(Html.esc(code)).append("\"></label><br><label>").append(Html.esc(t.get("lookup.check")))
                .append(" <input name=\"check\" inputmode=\"numeric\" pattern=\"[0-9]{4}\" maxlength=\"4\" required autocomplete=\"off\"></label>")
                .append(" <button type=\"submit\">").append(Html.esc(t.get("lookup.button"))).append("</button></form>\n");
        if (message != null) {
            h.append("<p>").append(Html.esc(message)).append("</p>\n");
        }
        if (answer != null) {
            Map<String, Object> json = answer.json(t.vi());
            h.append("<dl>\n");
            dd(h, t.get("lookup.code"), answer.code());
            dd(h, t.get("lookup.procedure"), answer.procedureCode() + " - " + answer.procedure());
            dd(h, t.get("lookup.receivedAt"), (String) json.get("receivedAtText"));
            dd(h, t.get("lookup.appointmentAt"), (String) json.get("appointmentAtText"));
            dd(h, t.get("lookup.status"), answer.statusText());
            h.append("<dt>").append(Html.esc(t.get("lookup.late"))).append("</dt><dd").append(answer.late() ? " class=\"late\">" : ">")
                    .append(Html.esc(t.get(answer.late() ? "lookup.lateYes" : "lookup.lateNo"))).append("</dd>\n</dl>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void dd(StringBuilder h, String label, String value) {
        h.append("<dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd>\n");
    }
}
