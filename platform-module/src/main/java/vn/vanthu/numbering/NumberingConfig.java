package vn.vanthu.numbering;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.vanthu.metadata.DocumentType;

/**
 * The numbering rules an administrator chooses (vanthu.numbering.* in alfresco-global.properties):
 * the issuer abbreviation of the agency ("UBND"), one series for all outgoing types or one per
 * type (both lawful under Decree 30; the head of the agency decides), the default drafting unit of
 * a công văn ("VP" gives 12/UBND-VP) and the time zone that decides the year.
 *
 * @param issuerAbbreviation abbreviation after the type in a notation: 04/QĐ-<b>UBND</b>
 * @param perTypeSeries      true: each outgoing type has its own series; false: one series
 * @param defaultUnit        unit after the issuer in a công văn notation when none is given
 * @param zone               the zone of the year boundary (Asia/Ho_Chi_Minh)
 */
public record NumberingConfig(String issuerAbbreviation, boolean perTypeSeries, String defaultUnit, ZoneId zone) {

    public static final String PREFIX = "vanthu.numbering.";
    public static final String INCOMING = "incoming";
    public static final String OUTGOING = "outgoing";
    public static final String COPIES = "copies";

    public NumberingConfig {
        issuerAbbreviation = requireCode(issuerAbbreviation, "issuer");
        defaultUnit = requireCode(defaultUnit, "congvan.defaultUnit");
        Objects.requireNonNull(zone, "zone");
    }

    private static String requireCode(String value, String property) {
        String code = value == null ? "" : value.strip();
        if (!code.matches("[\\p{L}\\d.&]+")) {
            throw new IllegalArgumentException("vanthu.numbering." + property + " must be a code without spaces or dashes, was ["
                    + value + "] / vanthu.numbering." + property + " phải là chữ viết tắt không có dấu cách, gạch nối");
        }
        return code;
    }

    /** Reads vanthu.numbering.issuer, .series (single|per-type), .congvan.defaultUnit, .zone. */
    public static NumberingConfig fromProperties(Map<String, String> properties) {
        String series = properties.getOrDefault(PREFIX + "series", "single").strip().toLowerCase(Locale.ROOT);
        if (!series.equals("single") && !series.equals("per-type")) {
            throw new IllegalArgumentException("vanthu.numbering.series must be single or per-type, was [" + series
                    + "] / vanthu.numbering.series phải là single (một sổ chung) hoặc per-type (mỗi loại một sổ)");
        }
        return new NumberingConfig(properties.getOrDefault(PREFIX + "issuer", "UBND"), series.equals("per-type"),
                properties.getOrDefault(PREFIX + "congvan.defaultUnit", "VP"),
                ZoneId.of(properties.getOrDefault(PREFIX + "zone", "Asia/Ho_Chi_Minh").strip()));
    }

    /** The series an outgoing document of this type is numbered in. Copies share their own series. */
    public String outgoingSeries(DocumentType type) {
        if (type.isCopy()) {
            return COPIES;
        }
        return perTypeSeries ? OUTGOING + "-" + type.name() : OUTGOING;
    }
}
