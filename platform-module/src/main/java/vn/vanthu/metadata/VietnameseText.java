package vn.vanthu.metadata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of Vietnamese text as it comes out of Word, PDF extraction and OCR: NFC or NFD,
 * the Icelandic eth typed instead of đ, non-breaking and repeated spaces, upper or lower case.
 */
public final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern STRAY_MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /**
     * NFC with stray combining marks dropped, đ spelt with U+0111, spaces collapsed and trimmed.
     * Every Vietnamese letter has a precomposed form, so the result has one char per letter.
     */
    public static String normalize(String text) {
        return SPACES.matcher(normalizeKeepingSpaces(text)).replaceAll(" ").trim();
    }

    /** As {@link #normalize} but leaves spaces and line breaks where they are. */
    public static String normalizeKeepingSpaces(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00D0', '\u0110').replace('\u00F0', '\u0111').replace("\uFEFF", "");
        return STRAY_MARKS.matcher(nfc).replaceAll("");
    }

    /**
     * Upper case without diacritics, one char for one char of an NFC string: "Quyết định" gives
     * "QUYET DINH". Used for matching; positions found in the folded text are valid in the input.
     */
    public static String foldSameLength(String nfc) {
        char[] folded = new char[nfc.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = nfc.charAt(i);
            folded[i] = c < FOLDED.length ? FOLDED[c] : foldChar(c);
        }
        return new String(folded);
    }

    /** Folded form of every char up to the Latin Extended Additional block (all Vietnamese letters). */
    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldChar(c);
        }
    }

    private static char foldChar(char c) {
        if (c == '\u0110' || c == '\u0111') {
            return 'D';
        }
        if (c < 0x80) {
            return Character.toUpperCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toUpperCase(decomposed.charAt(0));
    }

    /** Normalised, then folded: the key under which names are compared. */
    public static String fold(String text) {
        return foldSameLength(normalize(text));
    }

    /** Upper case in the Vietnamese locale. */
    public static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
