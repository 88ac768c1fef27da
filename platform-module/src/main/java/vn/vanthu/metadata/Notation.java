package vn.vanthu.metadata;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and notation as printed after "Số:": {@code 04/QĐ-UBND},
 * {@code 34/2019/NĐ-CP} (legal normative documents carry the year), {@code 12/UBND-VX} or
 * {@code 112/PNV} (công văn). Numbers below 10 are written with a leading zero.
 *
 * @param number the number (04 is 4)
 * @param year   the year segment of a legal normative document, or null
 * @param suffix what follows the number (and year): "QĐ-UBND", "UBND-VX", "PNV"
 */
public record Notation(int number, Integer year, String suffix) {

    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\d{1,6})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?([\\p{L}\\d.&]+(?:\\s*-\\s*[\\p{L}\\d.&]+)*)\\s*");

    public Notation {
        if (number < 1) {
            throw new IllegalArgumentException("Document number must be 1 or more / Số văn bản phải từ 1 trở lên: " + number);
        }
        Objects.requireNonNull(suffix, "suffix");
        suffix = suffix.replaceAll("\\s+", "");
        if (suffix.isEmpty()) {
            throw new IllegalArgumentException("Empty notation / Ký hiệu văn bản trống");
        }
    }

    /** Reads "04/QĐ-UBND", "4 / QĐ - UBND", "34/2019/NĐ-CP" (NFC or NFD); empty when it is not a notation. */
    public static java.util.Optional<Notation> parse(String text) {
        Matcher m = FORM.matcher(VietnameseText.normalize(text));
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Notation(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3)));
    }

    /** The number as displayed: two digits at least ("04"). */
    public String displayNumber() {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** The first segment of the suffix: the type abbreviation ("QĐ") or, for a công văn, the issuer. */
    public String firstSegment() {
        int dash = suffix.indexOf('-');
        return dash < 0 ? suffix : suffix.substring(0, dash);
    }

    /** The issuer part: after the type abbreviation ("UBND" in "QĐ-UBND"); the whole suffix when there is no dash. */
    public String lastSegment() {
        int dash = suffix.lastIndexOf('-');
        return dash < 0 ? suffix : suffix.substring(dash + 1);
    }

    @Override
    public String toString() {
        return displayNumber() + "/" + (year == null ? "" : year + "/") + suffix;
    }
}
