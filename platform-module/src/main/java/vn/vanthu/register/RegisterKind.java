package vn.vanthu.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The three registers of Decree 30 Appendix IV with every column, in the order of the printed
 * forms. Columns the software has no data for (receipt signature) stay empty for the pen.
 */
public enum RegisterKind {

    INCOMING("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "INCOMING DOCUMENTS REGISTER", RegisterEntry::arrivalDate, List.of(
            new Column("Ngày đến", "Arrival date", 12, RegisterEntry::arrivalDate),
            new Column("Số đến", "Arrival number", 9, RegisterEntry::arrivalNumber),
            new Column("Tác giả", "Issuer", 24, RegisterEntry::organName),
            new Column("Số, ký hiệu", "Number and notation", 18, RegisterEntry::codeNotation),
            new Column("Ngày tháng", "Document date", 12, RegisterEntry::issuedDate),
            new Column("Tên loại và trích yếu nội dung", "Type and summary", 48, RegisterKind::typeAndSummary),
            new Column("Đơn vị hoặc người nhận", "Receiving unit or person", 22, RegisterEntry::toPlaces),
            new Column("Ngày chuyển", "Date forwarded", 12, RegisterEntry::forwardedDate),
            new Column("Ký nhận", "Receipt signature", 12, e -> null),
            new Column("Ghi chú", "Notes", 16, RegisterEntry::notes))),

    OUTGOING("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "OUTGOING DOCUMENTS REGISTER", RegisterEntry::issuedDate, List.of(
            new Column("Số, ký hiệu văn bản", "Number and notation", 18, RegisterEntry::codeNotation),
            new Column("Ngày tháng văn bản", "Document date", 12, RegisterEntry::issuedDate),
            new Column("Tên loại và trích yếu nội dung văn bản", "Type and summary", 48, RegisterKind::typeAndSummary),
            new Column("Người ký", "Signer", 20, RegisterEntry::signerFullName),
            new Column("Nơi nhận văn bản", "Recipients", 28, e -> e.recipients().isEmpty() ? null : String.join("; ", e.recipients())),
            new Column("Đơn vị, người nhận bản lưu", "Unit keeping the file copy", 18, RegisterEntry::fileCopyUnit),
            new Column("Số lượng bản", "Copies", 9, RegisterEntry::issuedAmount),
            new Column("Ngày chuyển", "Date sent", 12, RegisterEntry::sentDate),
            new Column("Ký nhận", "Receipt signature", 12, e -> null),
            new Column("Ghi chú", "Notes", 16, RegisterEntry::notes))),

    INCOMING_FOLLOW_UP("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", "INCOMING DOCUMENTS FOLLOW-UP REGISTER",
            RegisterEntry::arrivalDate, List.of(
            new Column("Số đến", "Arrival number", 9, RegisterEntry::arrivalNumber),
            new Column("Tên loại, số và ký hiệu, ngày tháng và tác giả văn bản", "Document (type, number, date, issuer)", 48,
                    RegisterKind::documentReference),
            new Column("Đơn vị hoặc người giải quyết", "Handling unit or person", 22,
                    e -> e.handler() != null ? e.handler() : e.toPlaces()),
            new Column("Thời hạn giải quyết", "Deadline", 12, RegisterEntry::dueDate),
            new Column("Tiến độ giải quyết", "Progress", 20, RegisterEntry::progress),
            new Column("Số, ký hiệu văn bản trả lời", "Reply number and notation", 18, RegisterEntry::replyNotation),
            new Column("Ghi chú", "Notes", 16, RegisterEntry::notes)));

    /**
     * One column: headers in both languages, width in characters, and the cell value (String,
     * Integer, LocalDate or null).
     */
    public record Column(String headerVi, String headerEn, int width, Function<RegisterEntry, Object> value) {
    }

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String titleVi;
    private final String titleEn;
    private final Function<RegisterEntry, LocalDate> registerDate;
    private final List<Column> columns;

    RegisterKind(String titleVi, String titleEn, Function<RegisterEntry, LocalDate> registerDate, List<Column> columns) {
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.registerDate = registerDate;
        this.columns = columns;
    }

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The date that places a document in this register: arrival date, or issue date for outgoing. */
    public LocalDate registerDate(RegisterEntry entry) {
        return registerDate.apply(entry);
    }

    /** The documents of the period in register order (by date's year, then number, then date). */
    public List<RegisterEntry> select(RegisterPeriod period, List<RegisterEntry> entries) {
        Function<RegisterEntry, Integer> number = this == OUTGOING ? RegisterEntry::codeNumber : RegisterEntry::arrivalNumber;
        return entries.stream()
                .filter(e -> period.contains(registerDate(e)))
                .sorted(Comparator.<RegisterEntry>comparingInt(e -> registerDate(e).getYear())
                        .thenComparing(number, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(this::registerDate))
                .toList();
    }

    private static String typeAndSummary(RegisterEntry e) {
        if (e.typeName() == null || "Công văn".equals(e.typeName()) && e.subject() != null) {
            return e.subject();
        }
        return e.subject() == null ? e.typeName() : e.typeName() + ": " + e.subject();
    }

    private static String documentReference(RegisterEntry e) {
        StringBuilder text = new StringBuilder();
        append(text, e.typeName());
        append(text, e.codeNotation() == null ? null : "số " + e.codeNotation());
        append(text, e.issuedDate() == null ? null : "ngày " + VN.format(e.issuedDate()));
        append(text, e.organName() == null ? null : "của " + e.organName());
        return text.length() == 0 ? null : text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            text.append(text.length() == 0 ? "" : " ").append(part);
        }
    }
}
