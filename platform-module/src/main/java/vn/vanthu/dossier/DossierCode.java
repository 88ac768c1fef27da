package vn.vanthu.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier code {@code {agency id}-{yymmdd}-{NNNN}}, e.g. {@code H15.50.05.13-261008-0975}: the
 * agency identifier, the day of receipt and a four-digit sequence number within that day.
 *
 * @param agencyId agency identifier (letters, digits, dots, no '-' or spaces)
 * @param day      day of receipt (Vietnam time)
 * @param sequence 1..9999
 */
public record DossierCode(String agencyId, LocalDate day, int sequence) {

    public static final int MAX_SEQUENCE = 9999;

    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9._]+");
    private static final Pattern CODE = Pattern.compile("([A-Za-z0-9._]+)-(\\d{6})-(\\d{4})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        if (agencyId == null || !AGENCY.matcher(agencyId).matches()) {
            throw new IllegalArgumentException("Agency identifier must be letters, digits and dots (e.g. H15.50.05.13)"
                    + " / Mã cơ quan chỉ gồm chữ, số và dấu chấm (ví dụ H15.50.05.13): " + agencyId);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Dossier sequence out of 1-9999 for " + day + " / Số thứ tự hồ sơ trong ngày "
                    + day + " vượt quá 1-9999: " + sequence);
        }
    }

    public String format() {
        return agencyId + "-" + YYMMDD.format(day) + "-" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return format();
    }

    /** Parses a code; the two-digit year is read as 20yy. */
    public static DossierCode parse(String text) {
        Matcher m = CODE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Dossier code must be {agency}-{yymmdd}-{NNNN} / Mã hồ sơ phải có dạng {mã cơ quan}-{yymmdd}-{NNNN}: " + text);
        }
        LocalDate day;
        try {
            day = LocalDate.parse("20" + m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid day in dossier code / Ngày trong mã hồ sơ không hợp lệ: " + text);
        }
        return new DossierCode(m.group(1), day, Integer.parseInt(m.group(3)));
    }
}
