package vn.vanthu.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header and signature block of a Vietnamese administrative document (Decree 30
 * layout) from the plain text of its first page.
 *
 * <p>The header has two columns: the agency name, the number and (for a công văn) the "V/v"
 * summary on the left; the national motto and "Place, ngày dd tháng mm năm yyyy" on the right.
 * Text extracted from a PDF often puts both columns on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ
 * HỘI..."), text from a layout-preserving converter separates them by a run of spaces, and some
 * converters print the left column first. The parser therefore works on segments: it splits
 * lines at wide gaps, cuts the motto, the number and the date out of the segment they sit in and
 * reads the rest in order. All matching is done on a folded copy (upper case, no diacritics, one
 * char per char) so NFC, NFD, any case and old-style tone placement ("HOÀ") behave alike.
 */
public final class HeaderParser {

    private static final Pattern COLUMN_GAP = Pattern.compile("\\t+|[ \\u00A0]{3,}");
    private static final Pattern MOTTO = Pattern.compile(
            "CONG\\s*HOA\\s+XA\\s+HOI\\s+CHU\\s+NGHIA\\s+VIET\\s+NAM|DOC\\s+LAP\\s*[-\u2013\u2014]\\s*TU\\s+DO\\s*[-\u2013\u2014]\\s*HANH\\s+PHUC");
    private static final Pattern RULE = Pattern.compile("(?<=^|\\s)[-_=\u2013\u2014*.]{3,}(?=\\s|$)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Z])SO\\s*[:.]?\\s*(\\d{1,6}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[A-Z0-9.&]+(?:\\s*-\\s*[A-Z0-9.&]+)*)");
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?<![A-Z])SO\\s*:?$");
    private static final Pattern DATE = Pattern.compile(
            "(?<![A-Z])NGAY\\s*(\\d{1,2})\\s+THANG\\s*(\\d{1,2})\\s+NAM\\s*(\\d{4})");
    private static final Pattern BODY_START = Pattern.compile(
            "^(CAN CU|KINH GUI|THUC HIEN|THEO DE NGHI|XET DE NGHI|DIEU 1\\b|CHUONG I\\b|PHAN I\\b|I\\.|1\\.|NOI NHAN)");
    private static final Pattern SUBJECT_STOP = Pattern.compile(
            "^(CAN CU|KINH GUI|NGAY \\d|DIEU \\d|CHUONG |PHAN |[IVX]+\\.|\\d+\\.|NOI NHAN"
                    + "|THOI GIAN|DIA DIEM|THANH PHAN|HOM NAY|VAO HOI|\\()");
    /** Words that open the body ("Thực hiện Kế hoạch số...") but also some summaries ("Thực hiện nhiệm vụ năm học"). */
    private static final Pattern SUBJECT_SOFT_STOP = Pattern.compile("^(THUC HIEN|THEO |XET |NHAM |DE |TREN CO SO)");
    private static final Pattern BODY_SENTENCE = Pattern.compile("(?<![A-Z])(SO|NGAY) \\d|[,;:]$");
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(CHU TICH|UY BAN NHAN DAN|HOI DONG NHAN DAN|BO TRUONG|GIAM DOC|THU TUONG|CHINH PHU)");
    private static final Pattern POSITION_PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.");
    private static final Pattern POSITION_WORDS = Pattern.compile(
            "CHU TICH|TRUONG|GIAM DOC|CHANH|BI THU|THU KY|CHU TOA|CHU TRI|PHO |UY VIEN|THU TUONG|CONG CHUC|VAN PHONG");
    private static final Set<String> PLACE_PREFIXES = Set.of("THANH PHO", "THI XA", "THI TRAN");
    private static final Pattern AGENCY_HEAD = Pattern.compile(
            "^(UY BAN|UBND|HDND|HOI DONG|SO |BO |PHONG |VAN PHONG|BAN |CUC |CHI CUC|TONG CUC|VU |TRUONG |CONG AN|BENH VIEN"
                    + "|TRUNG TAM|CHINH PHU|THU TUONG|DANG UY|DANG BO|MAT TRAN|DOAN |HOI |BAO HIEM|KHO BAC|CHI NHANH|TOA AN"
                    + "|VIEN |QUOC HOI|NGAN HANG|CONG TY|THANH TRA|BO CHI HUY|BAN CHI HUY)");

    /** Of a long document only the beginning (header) and the end (signature block) are read. */
    static final int HEAD_CHARS = 30_000;
    static final int TAIL_CHARS = 8_000;

    /**
     * Parses the text of page 1, or of the whole document: the header is read at the start and
     * the signature block is the last one. Never throws on odd input; fields it cannot find are null.
     */
    public HeaderFields parse(String pageText) {
        String text = pageText == null ? "" : pageText;
        if (text.length() > HEAD_CHARS + TAIL_CHARS) {
            text = text.substring(0, HEAD_CHARS) + "\n\n" + text.substring(text.length() - TAIL_CHARS);
        }
        List<String> lines = segments(text);

        int bodyStart = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line != null && BODY_START.matcher(VietnameseText.foldSameLength(line)).find()) {
                bodyStart = i;
                break;
            }
        }

        // Number and notation: the first "Số:" of the header.
        Notation notation = null;
        int numberLine = -1;
        for (int i = 0; i < bodyStart && notation == null; i++) {
            String line = lines.get(i);
            if (line == null) {
                continue;
            }
            Matcher m = NUMBER.matcher(VietnameseText.foldSameLength(line));
            if (m.find()) {
                Optional<Notation> parsed = Notation.parse(line.substring(m.start(1), m.end(1)));
                if (parsed.isPresent()) {
                    notation = parsed.get();
                    numberLine = i;
                    lines.set(i, cut(line, m.start(), m.end()));
                }
            }
        }

        // Date and place: "Phú Hồ, ngày 06 tháng 01 năm 2023".
        LocalDate issuedDate = null;
        String place = null;
        int dateLine = -1;
        for (int i = 0; i < bodyStart && issuedDate == null; i++) {
            String line = lines.get(i);
            if (line == null) {
                continue;
            }
            Matcher m = DATE.matcher(VietnameseText.foldSameLength(line));
            if (m.find()) {
                try {
                    issuedDate = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    continue;
                }
                dateLine = i;
                String before = line.substring(0, m.start()).replaceAll("[,\\s]+$", "");
                String[] tokens = before.isEmpty() ? new String[0] : before.split(" ");
                int placeStart = placeStart(tokens);
                place = placeStart < tokens.length ? String.join(" ", List.of(tokens).subList(placeStart, tokens.length)) : null;
                String left = String.join(" ", List.of(tokens).subList(0, placeStart));
                lines.set(i, cut(left + " " + line.substring(m.end()), 0, 0));
            }
        }

        int headerEnd = numberLine >= 0 ? numberLine : dateLine >= 0 ? dateLine : Math.min(bodyStart, lines.size());
        String organName = organName(lines.subList(0, Math.max(headerEnd, 0)));

        // Type title: the first line after the number that is a Decree 30 type name.
        DocumentType type = null;
        int titleLine = -1;
        for (int i = Math.max(numberLine + 1, 0); i < bodyStart; i++) {
            String line = lines.get(i);
            if (line == null || line.isEmpty()) {
                continue;
            }
            Optional<DocumentType> found = DocumentType.fromName(line.replaceAll("[:.]\\s*$", ""));
            if (found.isPresent()) {
                type = found.get();
                titleLine = i;
                break;
            }
        }

        String subject = null;
        int subjectEnd = Math.max(titleLine, numberLine);
        if (titleLine >= 0) {
            int[] end = new int[1];
            subject = subjectLines(lines, titleLine + 1, false, end);
            subjectEnd = Math.max(subjectEnd, end[0]);
        } else {
            for (int i = Math.max(numberLine, 0); i < bodyStart; i++) {
                String line = lines.get(i);
                if (line != null && VietnameseText.foldSameLength(line).startsWith("V/V")) {
                    int[] end = new int[1];
                    subject = subjectLines(lines, i, true, end);
                    subjectEnd = Math.max(subjectEnd, end[0]);
                    break;
                }
            }
        }
        if (type == null && notation != null) {
            type = DocumentType.fromAbbreviation(notation.firstSegment()).orElse(null);
        }
        if (type == null && subject != null && VietnameseText.foldSameLength(subject).startsWith("V/V")) {
            type = DocumentType.CONG_VAN;
        }

        String[] signer = signer(lines, Math.max(subjectEnd + 1, 0));
        return new HeaderFields(type, notation == null ? null : notation.number(),
                notation == null ? null : notation.toString(), issuedDate, place, organName, subject,
                signer[0], signer[1]);
    }

    /**
     * The lines of the page split at wide column gaps, with the motto and separator rules cut out.
     * A line that held only the motto becomes "" (a blank line ends a summary); a wide line keeps
     * only its non-empty segments.
     */
    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        String[] rawLines = VietnameseText.normalizeKeepingSpaces(text).split("\\r?\\n|\\r|\\f");
        for (int i = 0; i < rawLines.length; i++) {
            String raw = rawLines[i];
            // Tika writes each table cell of a Word/ODF document on its own line after a tab, and
            // a blank line after each row: those blank lines are not paragraph breaks.
            if (raw.isBlank() && (i > 0 && rawLines[i - 1].startsWith("\t")
                    || i + 1 < rawLines.length && rawLines[i + 1].startsWith("\t"))) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : COLUMN_GAP.split(raw.strip())) {
                // "Số :   9 / QĐ" is one field typed with extra spaces, not two columns.
                int last = parts.size() - 1;
                if (last >= 0 && NUMBER_LABEL.matcher(VietnameseText.fold(parts.get(last))).find()) {
                    parts.set(last, parts.get(last) + " " + part);
                } else {
                    parts.add(part);
                }
            }
            List<String> kept = new ArrayList<>();
            for (String part : parts) {
                String cleaned = clean(part);
                if (!cleaned.isEmpty()) {
                    kept.add(cleaned);
                }
            }
            if (kept.isEmpty()) {
                out.add("");
            } else {
                out.addAll(kept);
            }
        }
        return out;
    }

    private static String clean(String segment) {
        String line = VietnameseText.normalize(segment);
        Matcher m = MOTTO.matcher(VietnameseText.foldSameLength(line));
        while (m.find()) {
            line = cut(line, m.start(), m.end());
            if (line == null) {
                return "";
            }
            m = MOTTO.matcher(VietnameseText.foldSameLength(line));
        }
        return VietnameseText.normalize(RULE.matcher(line).replaceAll(" "));
    }

    /** The line with [start, end) replaced by a space and tidied; null when nothing is left. */
    private static String cut(String line, int start, int end) {
        String rest = VietnameseText.normalize(line.substring(0, start) + " " + line.substring(end));
        return rest.isEmpty() ? null : rest;
    }

    /** Index of the first token of the place name at the end of the tokens. */
    private static int placeStart(String[] tokens) {
        int start = tokens.length;
        while (start > 0 && isPlaceToken(tokens[start - 1])) {
            start--;
        }
        if (start >= 2 && start < tokens.length
                && PLACE_PREFIXES.contains(VietnameseText.fold(tokens[start - 2] + " " + tokens[start - 1]))) {
            start -= 2;
        }
        return start;
    }

    private static boolean isPlaceToken(String token) {
        return isTitleWord(token) || token.matches("\\p{Lu}\\p{L}?\\.");
    }

    private static boolean isTitleWord(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            if (!Character.isLowerCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMostlyUpper(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 7;
    }

    /**
     * The issuing body: the agency lines above the number, grouped into names (a line that starts
     * with an agency word such as SỞ, PHÒNG or ỦY BAN starts a new name, "XÃ PHÚ HỒ" continues
     * one). The last name is the issuer; the ones above it are its superior bodies.
     */
    private static String organName(List<String> header) {
        List<String> groups = new ArrayList<>();
        for (String line : header) {
            if (line == null || line.isEmpty() || !isMostlyUpper(line)) {
                continue;
            }
            String folded = VietnameseText.foldSameLength(line);
            if (groups.isEmpty() || AGENCY_HEAD.matcher(folded).find()) {
                groups.add(line);
            } else {
                groups.set(groups.size() - 1, groups.get(groups.size() - 1) + " " + line);
            }
        }
        return groups.isEmpty() ? null : groups.get(groups.size() - 1);
    }

    /** Summary lines from {@code from}: joined until a blank line, a heading, an address line or body text. */
    private static String subjectLines(List<String> lines, int from, boolean vv, int[] end) {
        StringBuilder subject = new StringBuilder();
        int taken = 0;
        boolean upper = false;
        end[0] = from - 1;
        for (int i = from; i < lines.size() && taken < 4; i++) {
            String line = lines.get(i);
            if (line == null) {
                continue;
            }
            if (line.isEmpty()) {
                if (taken > 0) {
                    break;
                }
                continue;
            }
            String folded = VietnameseText.foldSameLength(line);
            boolean first = taken == 0;
            if (first) {
                // Legal normative documents print the summary in capitals; others in sentence case.
                upper = isMostlyUpper(line);
            }
            boolean caseChanged = !first && isMostlyUpper(line) != upper;
            boolean softStop = SUBJECT_SOFT_STOP.matcher(folded).find() && (!first || BODY_SENTENCE.matcher(folded).find());
            if (!(vv && first) && (SUBJECT_STOP.matcher(folded).find() || softStop || caseChanged
                    || upper && AUTHORITY.matcher(folded).find()
                    || line.endsWith(":") || folded.startsWith("V/V") && !first)) {
                break;
            }
            if (subject.length() > 0) {
                subject.append(' ');
            }
            subject.append(line);
            taken++;
            end[0] = i;
        }
        return subject.length() == 0 ? null : subject.toString();
    }

    /** [position, name] of the signature block after {@code from}, or nulls. */
    private static String[] signer(List<String> lines, int from) {
        int start = -1;
        for (int i = lines.size() - 1; i >= from; i--) {
            String run = upperRun(lines.get(i));
            if (run != null && POSITION_PREFIX.matcher(VietnameseText.foldSameLength(run)).find()) {
                start = i;
                break;
            }
        }
        if (start >= 0) {
            // "TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH": the block starts at the first prefix line.
            // Recipient lines ("- Như trên;") may sit between them when the columns were split.
            for (int i = start - 1; i >= from && i >= start - 3; i--) {
                String run = upperRun(lines.get(i));
                if (run == null) {
                    continue;
                }
                if (!POSITION_PREFIX.matcher(VietnameseText.foldSameLength(run)).find()) {
                    break;
                }
                start = i;
            }
        } else {
            for (int i = lines.size() - 1; i >= from && start < 0; i--) {
                String run = upperRun(lines.get(i));
                if (run != null && run.split(" ").length <= 5 && nameRun(lines.get(i)) == null
                        && POSITION_WORDS.matcher(VietnameseText.foldSameLength(run) + " ").find()
                        && hasNameAfter(lines, i)) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            return new String[] {null, null};
        }
        List<String> position = new ArrayList<>();
        position.add(upperRun(lines.get(start)));
        String name = null;
        for (int i = start + 1; i < lines.size() && i <= start + 10; i++) {
            String line = lines.get(i);
            if (line == null || line.isEmpty()) {
                continue;
            }
            String candidate = nameRun(line);
            if (candidate != null) {
                name = candidate;
                continue;
            }
            String run = upperRun(line);
            if (name == null && run != null && position.size() < 3) {
                String folded = VietnameseText.foldSameLength(run) + " ";
                if (POSITION_PREFIX.matcher(folded).find() || POSITION_WORDS.matcher(folded).find()) {
                    position.add(run);
                }
            }
        }
        return new String[] {String.join(" ", position), name};
    }

    private static boolean hasNameAfter(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size() && i <= index + 6; i++) {
            if (lines.get(i) != null && nameRun(lines.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The run of upper-case words at the end of a line ("TM. ỦY BAN NHÂN DÂN" in "Nơi nhận: TM. ỦY
     * BAN NHÂN DÂN"), or null. Words with punctuation end the run, except the signing prefixes.
     */
    private static String upperRun(String line) {
        if (line == null || line.isEmpty()) {
            return null;
        }
        String[] tokens = line.split(" ");
        int start = tokens.length;
        while (start > 0 && (isUpperWord(tokens[start - 1])
                || start < tokens.length && start >= 2 && tokens[start - 1].matches("[-–]") && isUpperWord(tokens[start - 2]))) {
            start--;
        }
        if (start == tokens.length) {
            return null;
        }
        // A lone capital letter is the end of a name ("Nguyễn Văn A"), not a position.
        if (start == tokens.length - 1 && tokens[start].length() == 1) {
            return null;
        }
        return String.join(" ", List.of(tokens).subList(start, tokens.length));
    }

    private static boolean isUpperWord(String token) {
        String word = POSITION_PREFIX.matcher(VietnameseText.foldSameLength(token)).matches() ? token.substring(0, token.length() - 1) : token;
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The person's name at the end of a line (two to six capitalised words), or null. */
    private static String nameRun(String line) {
        String[] tokens = line.split(" ");
        int start = tokens.length;
        while (start > 0 && isTitleWord(tokens[start - 1])) {
            start--;
        }
        int count = tokens.length - start;
        if (count < 2 || count > 6) {
            return null;
        }
        return String.join(" ", List.of(tokens).subList(start, tokens.length));
    }
}
