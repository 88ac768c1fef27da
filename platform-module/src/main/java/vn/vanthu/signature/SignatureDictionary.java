package vn.vanthu.signature;

import java.util.List;

/**
 * What the locator read from one PDF signature dictionary: the raw {@code /ByteRange} tokens, the
 * position of the {@code /Contents} hex string and its decoded bytes, and the descriptive entries.
 * {@link #check(long)} applies the structure rules; nothing here has been verified yet.
 */
public final class SignatureDictionary {

    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[0-9]{1,15}");

    final long tokenOffset;
    final List<String> byteRangeTokens;
    final long contentsStart;
    final long contentsEnd;
    final boolean contentsHexOnly;
    final byte[] contents;
    final String subFilter;
    final String filter;
    final String type;
    final String name;
    final String signingTimeRaw;
    /** /Reason, /Location and /ContactInfo (text strings), set by the parser when present. */
    String reason;
    String location;
    String contactInfo;
    private long[] byteRange;

    SignatureDictionary(long tokenOffset, List<String> byteRangeTokens, long contentsStart, long contentsEnd,
                        boolean contentsHexOnly, byte[] contents, String subFilter, String filter, String type,
                        String name, String signingTimeRaw) {
        this.tokenOffset = tokenOffset;
        this.byteRangeTokens = byteRangeTokens;
        this.contentsStart = contentsStart;
        this.contentsEnd = contentsEnd;
        this.contentsHexOnly = contentsHexOnly;
        this.contents = contents;
        this.subFilter = subFilter;
        this.filter = filter;
        this.type = type;
        this.name = name;
        this.signingTimeRaw = signingTimeRaw;
    }

    /** The four byte-range numbers once {@link #check(long)} accepted them, else null. */
    long[] byteRange() {
        return byteRange;
    }

    /**
     * Structure rules of ISO 32000 12.8.1 as the issue states them: four non-negative integers,
     * starting at 0, inside the file, not overlapping, and the gap holds exactly this dictionary's
     * {@code /Contents} hex string. Returns the first broken rule, or null.
     */
    Reason check(long fileSize) {
        if (byteRangeTokens == null || byteRangeTokens.size() != 4) {
            return Reasons.malformed("BYTERANGE_NOT_FOUR", "/ByteRange is not an array of four numbers",
                    "/ByteRange không phải mảng gồm bốn số");
        }
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            String t = byteRangeTokens.get(i);
            if (!INTEGER.matcher(t).matches()) {
                return Reasons.malformed("BYTERANGE_NOT_INTEGER",
                        "/ByteRange holds \"" + t + "\", not a non-negative integer",
                        "/ByteRange chứa \"" + t + "\", không phải số nguyên không âm");
            }
            r[i] = Long.parseLong(t);
        }
        if (r[0] != 0) {
            return Reasons.malformed("BYTERANGE_NOT_AT_START", "the signed range does not start at byte 0",
                    "vùng được ký không bắt đầu từ byte 0");
        }
        if (r[2] < r[1]) {
            return Reasons.malformed("BYTERANGE_OVERLAP", "the two signed ranges overlap",
                    "hai vùng được ký chồng lên nhau");
        }
        if (r[2] + r[3] > fileSize) {
            return Reasons.malformed("BYTERANGE_BEYOND_EOF",
                    "the signed range ends at byte " + (r[2] + r[3]) + ", beyond the end of the file (" + fileSize + " bytes)",
                    "vùng được ký kết thúc ở byte " + (r[2] + r[3]) + ", vượt quá cuối tệp (" + fileSize + " byte)");
        }
        if (contentsStart < 0 || contents == null) {
            return Reasons.malformed("CONTENTS_MISSING", "the signature dictionary has no /Contents hex string",
                    "từ điển chữ ký không có chuỗi hex /Contents");
        }
        if (contentsStart != r[1] || contentsEnd != r[2]) {
            return Reasons.malformed("GAP_NOT_CONTENTS",
                    "the unsigned gap is not exactly the /Contents value of this signature",
                    "khoảng không được ký không trùng khớp với giá trị /Contents của chữ ký");
        }
        if (!contentsHexOnly) {
            return Reasons.malformed("GAP_NOT_HEX", "the unsigned gap holds bytes that are not hexadecimal digits",
                    "khoảng không được ký chứa byte không phải chữ số thập lục phân");
        }
        byteRange = r;
        return null;
    }
}
