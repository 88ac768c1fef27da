package vn.vanthu.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.vanthu.calendar.WorkingCalendar;

/**
 * Renders the receipt-and-appointment slip as a self-contained printable HTML page (A4, print
 * CSS), in Vietnamese ("vi") or English (anything else). Labels come from the
 * {@code vn/vanthu/dossier/slip} bundles; every value is HTML-escaped.
 */
public final class ReceiptSlipRenderer {

    private static final String BUNDLE = "vn.vanthu.dossier.slip";

    /** Renders {@code slip}; {@code lang} "vi" gives the Vietnamese slip. */
    public String render(ReceiptSlip slip, String lang) {
        boolean vi = "vi".equalsIgnoreCase(lang);
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, vi ? Locale.forLanguageTag("vi") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(vi ? "vi" : "en").append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(esc(t.getString("title"))).append(" ").append(esc(slip.dossierCode())).append("</title>\n<style>\n")
                .append("@page { size: A4; margin: 20mm 20mm 20mm 30mm; }\n")
                .append("body { font-family: 'Times New Roman', Times, serif; font-size: 13pt; line-height: 1.4; max-width: 170mm; margin: 0 auto; }\n")
                .append(".header { display: flex; justify-content: space-between; text-align: center; }\n")
                .append(".header > div:first-child { width: 42%; } .header > div:last-child { width: 58%; } .organ, .nation { font-weight: bold; }\n")
                .append(".motto { font-weight: bold; text-decoration: underline; } .date { font-style: italic; text-align: right; }\n")
                .append("h1 { font-size: 14pt; text-align: center; margin: 18px 0 12px; }\n")
                .append("table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 3px 6px; }\n")
                .append(".sign { display: flex; justify-content: space-between; text-align: center; margin-top: 24px; }\n")
                .append(".sign > div { width: 48%; min-height: 110px; } .noprint { margin: 12px 0; }\n")
                .append(".lookup { display: flex; align-items: center; gap: 12px; margin-top: 12px; } .lookup svg { width: 32mm; height: 32mm; flex: none; }\n")
                .append("@media print { .noprint { display: none; } }\n</style>\n</head>\n<body>\n");
        h.append("<div class=\"noprint\"><button onclick=\"window.print()\">").append(esc(t.getString("print"))).append("</button></div>\n");
        h.append("<div class=\"header\">\n<div><div class=\"organ\">").append(esc(nz(slip.organName()).toUpperCase(Locale.forLanguageTag("vi")))).append("</div><div>")
                .append(esc(t.getString("office"))).append("</div><div>").append(esc(t.getString("number"))).append(": ")
                .append(esc(slip.dossierCode())).append("</div></div>\n<div><div class=\"nation\">").append(esc(t.getString("nation")))
                .append("</div><div class=\"motto\">").append(esc(t.getString("motto"))).append("</div></div>\n</div>\n");
        h.append("<p class=\"date\">").append(esc(dateLine(slip.place(), WorkingCalendar.local(slip.receivedAt()), vi))).append("</p>\n");
        h.append("<h1>").append(esc(t.getString("title"))).append("</h1>\n");
        row(h, t.getString("code"), slip.dossierCode());
        row(h, t.getString("applicant"), slip.applicantName());
        if (slip.applicantAddress() != null && !slip.applicantAddress().isBlank()) {
            row(h, t.getString("address"), slip.applicantAddress());
        }
        if (slip.applicantPhone() != null && !slip.applicantPhone().isBlank()) {
            row(h, t.getString("phone"), slip.applicantPhone());
        }
        Procedure p = slip.procedure();
        String code = p != null ? p.code() : slip.procedureCode();
        String name = p != null ? p.name(vi ? "vi" : "en") : slip.procedureName();
        row(h, t.getString("procedure"), nz(name) + (code == null || code.isBlank() ? "" : " (" + t.getString("procedureCode") + " " + code + ")"));
        h.append("<p><b>1. ").append(esc(t.getString("papers"))).append("</b></p>\n");
        if (slip.papers().isEmpty()) {
            h.append("<p>").append(esc(t.getString("noPapers"))).append("</p>\n");
        } else {
            h.append("<table>\n<tr><th>").append(esc(t.getString("no"))).append("</th><th>").append(esc(t.getString("paper"))).append("</th></tr>\n");
            for (int i = 0; i < slip.papers().size(); i++) {
                h.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(slip.papers().get(i))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (p != null) {
            h.append("<p><b>2. ").append(esc(t.getString("legalTime"))).append(":</b> ").append(esc(legalTime(p, t))).append("</p>\n");
        }
        h.append("<p><b>3. ").append(esc(t.getString("receivedAt"))).append(":</b> ")
                .append(esc(moment(WorkingCalendar.local(slip.receivedAt()), vi))).append("</p>\n");
        h.append("<p><b>4. ").append(esc(t.getString("appointmentAt"))).append(":</b> ")
                .append(esc(slip.appointmentAt() == null ? t.getString("noAppointment") : moment(WorkingCalendar.local(slip.appointmentAt()), vi)))
                .append("</p>\n");
        if (slip.lookupUrl() != null && !slip.lookupUrl().isBlank()) {
            // The look-up address and the code as a QR code (SVG inline: no image file, no library).
            h.append("<div class=\"lookup\">").append(vn.vanthu.qr.QrCode.encode(slip.lookupUrl()).toSvg(0, t.getString("lookupQr")))
                    .append("<p><b>").append(esc(t.getString("lookup"))).append(":</b><br>").append(esc(slip.lookupUrl()))
                    .append("<br>").append(esc(t.getString("lookupCheck"))).append("</p></div>\n");
        }
        h.append("<div class=\"sign\">\n<div><b>").append(esc(t.getString("submitter"))).append("</b><br><i>")
                .append(esc(t.getString("signHint"))).append("</i><br><br><br><br>").append(esc(nz(slip.applicantName())))
                .append("</div>\n<div><b>").append(esc(t.getString("receiver"))).append("</b><br><i>").append(esc(t.getString("signHint")))
                .append("</i><br><br><br><br>").append(esc(nz(slip.receivedBy()))).append("</div>\n</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<p><b>").append(esc(label)).append(":</b> ").append(esc(nz(value))).append("</p>\n");
    }

    private static String legalTime(Procedure p, ResourceBundle t) {
        if (p.time() == 0 && p.unit() == LegalTimeUnit.WORKING_DAYS) {
            return t.getString("sameDay") + (p.cutOff() ? " " + t.getString("cutOffNote") : "");
        }
        return p.time() + " " + t.getString("unit." + p.unit().name()) + (p.cutOff() ? " " + t.getString("cutOffNote") : "");
    }

    /** "Phú Hồ, ngày 06 tháng 01 năm 2023" (Decree 30: zero before days below 10 and months below 3). */
    static String dateLine(String place, LocalDateTime at, boolean vi) {
        String prefix = place == null || place.isBlank() ? "" : place + ", ";
        if (vi) {
            int m = at.getMonthValue();
            return prefix + "ngày " + String.format("%02d", at.getDayOfMonth()) + " tháng " + (m < 3 ? "0" + m : Integer.toString(m))
                    + " năm " + at.getYear();
        }
        return prefix + String.format(Locale.ROOT, "%02d/%02d/%d", at.getDayOfMonth(), at.getMonthValue(), at.getYear());
    }

    /** "16 giờ 00 phút, thứ Năm ngày 19/01/2023" or "16:00, Thursday 19/01/2023". */
    static String moment(LocalDateTime at, boolean vi) {
        String date = String.format(Locale.ROOT, "%02d/%02d/%d", at.getDayOfMonth(), at.getMonthValue(), at.getYear());
        int dow = at.getDayOfWeek().getValue();
        if (vi) {
            String day = dow == 7 ? "Chủ nhật" : "thứ " + new String[] {"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"}[dow - 1];
            return String.format(Locale.ROOT, "%02d giờ %02d phút, %s ngày %s", at.getHour(), at.getMinute(), day, date);
        }
        String day = at.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return String.format(Locale.ROOT, "%02d:%02d, %s %s", at.getHour(), at.getMinute(), day, date);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Convenience for callers holding instants. */
    public static String moment(Instant at, String lang) {
        return moment(WorkingCalendar.local(at), "vi".equalsIgnoreCase(lang));
    }
}
