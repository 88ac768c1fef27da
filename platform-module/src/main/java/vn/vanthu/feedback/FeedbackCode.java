package vn.vanthu.feedback;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracking code of a feedback, {@code PAKN-yymmdd-NNNN}: the day of receipt and a four-digit
 * number within that day, unique (the counter lives in the attribute table like dossier codes).
 */
public record FeedbackCode(LocalDate day, int sequence) {

    public static final String PREFIX = "PAKN";
    public static final int MAX_SEQUENCE = 9999;
    public static final Pattern PATTERN = Pattern.compile("PAKN-(\\d{6})-(\\d{4})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public FeedbackCode {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Feedback sequence out of 1-9999 for " + day
                    + " / Số thứ tự phản ánh trong ngày " + day + " vượt quá 1-9999: " + sequence);
        }
    }

    public String format() {
        return PREFIX + "-" + YYMMDD.format(day) + "-" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return format();
    }

    public static FeedbackCode parse(String text) {
        Matcher m = PATTERN.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Feedback code must be PAKN-yymmdd-NNNN / Mã phản ánh phải có dạng PAKN-yymmdd-NNNN: " + text);
        }
        try {
            return new FeedbackCode(LocalDate.parse("20" + m.group(1), DateTimeFormatter.BASIC_ISO_DATE), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid day in feedback code / Ngày trong mã phản ánh không hợp lệ: " + text);
        }
    }
}
