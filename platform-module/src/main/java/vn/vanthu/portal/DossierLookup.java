package vn.vanthu.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.vanthu.dossier.DossierStatus;
import vn.vanthu.dossier.ReceiptSlipRenderer;

/**
 * The citizen's dossier look-up: code plus the last four digits of the phone or identity number
 * recorded at the counter. An unknown code and a wrong check take the same path: the check is
 * always compared, in constant time, against exactly {@value #CANDIDATES} candidates (the found
 * dossier's two, padded with a dummy value, or two dummies when nothing was found) and the answer
 * is built only when a real candidate matched. The answer holds the procedure, times, status and
 * lateness, never the applicant's name, address, numbers or papers.
 */
public final class DossierLookup {

    /** Candidates compared for every look-up, found or not. */
    public static final int CANDIDATES = 2;
    /** A dossier code as issued ({agency}-{yymmdd}-{NNNN}). */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._]{1,40}-\\d{6}-\\d{4}");
    /** The check: four digits. */
    public static final Pattern CHECK = Pattern.compile("\\d{4}");
    private static final byte[] DUMMY = "\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.US_ASCII);

    /** What the look-up may read of a dossier (the adapter reads these properties and no others). */
    public record Found(String dossierCode, String procedureCode, String procedureName, Instant receivedAt, Instant appointmentAt,
                        String status, Instant finishedAt, String timeliness, String applicantPhone, String applicantIdNumber) {
    }

    /** The public answer. */
    public record Answer(String code, String procedureCode, String procedure, Instant receivedAt, Instant appointmentAt,
                         String status, String statusText, String statusVi, String statusEn, boolean late) {

        public Map<String, Object> json(boolean vi) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("found", true);
            json.put("code", code);
            json.put("procedureCode", procedureCode);
            json.put("procedure", procedure);
            json.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
            json.put("receivedAtText", receivedAt == null ? "" : ReceiptSlipRenderer.moment(receivedAt, vi ? "vi" : "en"));
            json.put("appointmentAt", appointmentAt == null ? null : appointmentAt.toString());
            json.put("appointmentAtText", appointmentAt == null ? "" : ReceiptSlipRenderer.moment(appointmentAt, vi ? "vi" : "en"));
            json.put("status", status);
            json.put("statusText", statusText);
            json.put("statusWords", Map.of("vi", statusVi, "en", statusEn));
            json.put("late", late);
            return json;
        }
    }

    private DossierLookup() {
    }

    /** The last four digits of a phone or identity number, or null when it has fewer than four digits. */
    public static String lastFour(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("\\D", "");
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    /** What an unknown code is compared as: numbers of the usual lengths, whose digits are then never used. */
    private static final Found NOBODY = new Found("", "", "", null, null, "", null, null, "0000000000", "000000000000");

    /**
     * The candidates a check is compared with: always {@value #CANDIDATES} values, computed the same
     * way whether the code was found or not (for an unknown code from {@link #NOBODY}'s numbers, then
     * replaced by the dummy that no four digits equal).
     */
    public static List<byte[]> candidates(Found found) {
        boolean real = found != null;
        Found source = real ? found : NOBODY;
        List<byte[]> candidates = new ArrayList<>(CANDIDATES);
        for (String number : new String[] {source.applicantPhone(), source.applicantIdNumber()}) {
            String four = lastFour(number);
            byte[] digits = four == null ? DUMMY : four.getBytes(StandardCharsets.US_ASCII);
            candidates.add(real ? digits : DUMMY);
        }
        return candidates;
    }

    /** Whether {@code check} equals one of the candidates; compares with all of them, in constant time each. */
    public static boolean matches(List<byte[]> candidates, String check) {
        byte[] given = check.getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (byte[] candidate : candidates) {
            // A DUMMY candidate never equals four digits, so an unknown code never matches.
            match |= MessageDigest.isEqual(candidate, given);
        }
        return match;
    }

    /** The answer when {@code found} exists and the check matches, else empty; same work either way. */
    public static Optional<Answer> answer(Found found, String check, Instant now, boolean vi) {
        boolean match = matches(candidates(found), check);
        if (found == null || !match) {
            return Optional.empty();
        }
        return Optional.of(toAnswer(found, now, vi));
    }

    private static Answer toAnswer(Found f, Instant now, boolean vi) {
        DossierStatus status = null;
        try {
            status = DossierStatus.fromCode(f.status());
        } catch (IllegalArgumentException e) {
            // shown as "unknown"
        }
        boolean late;
        if (f.finishedAt() != null || status != null && status.settled()) {
            late = "LATE".equals(f.timeliness())
                    || f.timeliness() == null && f.finishedAt() != null && f.appointmentAt() != null && f.finishedAt().isAfter(f.appointmentAt());
        } else {
            late = status != null && status.open() && f.appointmentAt() != null && now.isAfter(f.appointmentAt());
        }
        String textVi = status == null ? "Không xác định" : status.labelVi();
        String textEn = status == null ? "Unknown" : status.labelEn();
        return new Answer(f.dossierCode(), f.procedureCode(), f.procedureName(), f.receivedAt(), f.appointmentAt(),
                status == null ? "" : Integer.toString(status.code()), vi ? textVi : textEn, textVi, textEn, late);
    }
}
