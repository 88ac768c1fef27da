package vn.vanthu.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the receipt-and-appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) shows.
 *
 * @param organName     issuing body in capitals, e.g. "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ"
 * @param place         place name for the date line, e.g. "Phú Hồ"
 * @param dossierCode   the dossier code
 * @param applicantName who submitted the dossier
 * @param applicantAddress address, or null
 * @param applicantPhone   phone, or null
 * @param procedure     the catalogue entry, or null when the code is no longer in the catalogue
 * @param procedureCode the procedure code (shown when {@code procedure} is null)
 * @param procedureName the procedure name (used when {@code procedure} is null)
 * @param papers        papers received, one line each
 * @param receivedAt    time of receipt
 * @param appointmentAt appointment
 * @param receivedBy    receiving officer, or null
 * @param lookupUrl     where the citizen follows the dossier (printed with a QR code), or null
 */
public record ReceiptSlip(String organName, String place, String dossierCode, String applicantName, String applicantAddress,
                          String applicantPhone, Procedure procedure, String procedureCode, String procedureName,
                          List<String> papers, Instant receivedAt, Instant appointmentAt, String receivedBy, String lookupUrl) {

    /** A slip without the look-up address. */
    public ReceiptSlip(String organName, String place, String dossierCode, String applicantName, String applicantAddress,
                       String applicantPhone, Procedure procedure, String procedureCode, String procedureName,
                       List<String> papers, Instant receivedAt, Instant appointmentAt, String receivedBy) {
        this(organName, place, dossierCode, applicantName, applicantAddress, applicantPhone, procedure, procedureCode, procedureName,
                papers, receivedAt, appointmentAt, receivedBy, null);
    }

    /** The look-up address of {@code code} under a portal base address (?code= or &amp;code= appended), or null without a base. */
    public static String lookupUrl(String base, String code) {
        if (base == null || base.isBlank()) {
            return null;
        }
        return base + (base.contains("?") ? "&" : "?") + "code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    public ReceiptSlip {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        papers = List.copyOf(papers == null ? List.of() : papers);
    }
}
