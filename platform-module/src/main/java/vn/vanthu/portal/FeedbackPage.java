package vn.vanthu.portal;

import java.util.List;

import vn.vanthu.dossier.Procedure;

/**
 * The public feedback form as a self-contained HTML page (no script): it posts
 * application/x-www-form-urlencoded to the intake with its token and an empty honeypot field
 * hidden from people, and the page that answers it with the tracking code. Every value escaped.
 */
public final class FeedbackPage {

    private FeedbackPage() {
    }

    private static StringBuilder head(PortalMessages t) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(t.get("form.title"))).append("</title>\n<style>body { font-family: 'Times New Roman', Times, serif;")
                .append(" font-size: 13pt; max-width: 170mm; margin: 0 auto; padding: 8px; } label { display: block; margin-top: 8px; }")
                .append(" input, select, textarea { width: 100%; box-sizing: border-box; } .hp { position: absolute; left: -10000px; }")
                .append(" .contact { border: 1px solid #000; padding: 6px 10px; margin: 14px 0; }</style>\n</head>\n<body>\n<h1>")
                .append(Html.esc(t.get("form.title"))).append("</h1>\n");
        return h;
    }

    /** The form with a fresh token; procedures for the optional "procedure concerned" choice. */
    public static String form(String action, String token, List<Procedure> procedures, FeedbackContact contact, PortalMessages t) {
        StringBuilder h = head(t);
        ProcedurePages.contactHtml(h, contact, t);
        h.append("<p>").append(Html.esc(t.get("form.intro"))).append("</p>\n<form method=\"post\" action=\"").append(Html.esc(action))
                .append("\" accept-charset=\"UTF-8\" enctype=\"application/x-www-form-urlencoded\">\n")
                .append("<input type=\"hidden\" name=\"format\" value=\"html\"><input type=\"hidden\" name=\"lang\" value=\"").append(t.lang())
                .append("\"><input type=\"hidden\" name=\"token\" value=\"").append(Html.esc(token)).append("\">\n");
        input(h, "name", t.get("form.name"), 200, "text");
        input(h, "address", t.get("form.address"), 300, "text");
        input(h, "phone", t.get("form.phone"), 20, "tel");
        input(h, "email", t.get("form.email"), 254, "email");
        h.append("<label>").append(Html.esc(t.get("form.procedure"))).append("<select name=\"procedureCode\"><option value=\"\">")
                .append(Html.esc(t.get("form.noProcedure"))).append("</option>");
        for (Procedure p : procedures) {
            h.append("<option value=\"").append(Html.esc(p.code())).append("\">").append(Html.esc(p.code() + " - " + p.name(t.lang())))
                    .append("</option>");
        }
        h.append("</select></label>\n");
        input(h, "regulation", t.get("form.regulation"), 500, "text");
        h.append("<label>").append(Html.esc(t.get("form.content"))).append("<textarea name=\"content\" rows=\"8\" maxlength=\"")
                .append(FeedbackForm.MAX_CONTENT).append("\" required></textarea></label>\n")
                .append("<label class=\"hp\" aria-hidden=\"true\">Website <input name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></label>\n")
                .append("<p>").append(Html.esc(t.get("form.required"))).append("</p>\n<button type=\"submit\">")
                .append(Html.esc(t.get("form.send"))).append("</button>\n</form>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void input(StringBuilder h, String name, String label, int max, String type) {
        h.append("<label>").append(Html.esc(label)).append("<input type=\"").append(type).append("\" name=\"").append(name)
                .append("\" maxlength=\"").append(max).append("\"></label>\n");
    }

    /** The answer to a submission: the tracking code, and why it cannot be handled when it cannot. */
    public static String received(String code, List<String> reasons, String dueAt, PortalMessages t) {
        StringBuilder h = head(t);
        h.append("<p><b>").append(Html.esc(t.format("feedback.received", code))).append("</b></p>\n");
        if (!reasons.isEmpty()) {
            h.append("<p>").append(Html.esc(t.format("feedback.notAdmissible", String.join("; ", reasons)))).append("</p>\n");
        } else if (dueAt != null && !dueAt.isEmpty()) {
            h.append("<p>").append(Html.esc(t.format("feedback.due", dueAt))).append("</p>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** A refused submission as a page (the form is sent back to correct it). */
    public static String refused(PublicInputException e, PortalMessages t) {
        StringBuilder h = head(t);
        h.append("<p><b>").append(Html.esc(t.get("error.title"))).append(":</b> ").append(Html.esc(t.vi() ? e.messageVi() : e.messageEn()))
                .append("</p>\n<p>").append(Html.esc(t.get("form.back"))).append("</p>\n</body>\n</html>\n");
        return h.toString();
    }
}
