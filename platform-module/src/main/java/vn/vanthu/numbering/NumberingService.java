package vn.vanthu.numbering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import vn.vanthu.metadata.DocumentType;
import vn.vanthu.metadata.Notation;

/**
 * The numbering rules of Decree 30 over a {@link NumberStore}: arrival numbers of incoming
 * documents (one series for paper and electronic documents, year of the arrival date in
 * Asia/Ho_Chi_Minh), issue numbers and notations of outgoing documents, copies in their own
 * series, numbers set by hand refused when already used.
 */
public final class NumberingService {

    /** An issue number with its notation. */
    public record Issued(int number, Notation notation) {
    }

    private final NumberingConfig config;
    private final NumberStore store;

    public NumberingService(NumberingConfig config, NumberStore store) {
        this.config = Objects.requireNonNull(config, "config");
        this.store = Objects.requireNonNull(store, "store");
    }

    public NumberingConfig config() {
        return config;
    }

    /** The series and year of an incoming document received at {@code arrival}. */
    public SeriesKey incomingKey(Instant arrival) {
        return new SeriesKey(NumberingConfig.INCOMING, arrival.atZone(config.zone()).getYear());
    }

    /** The next arrival number of the year of {@code arrival}. */
    public int nextArrivalNumber(Instant arrival) {
        return store.allocate(incomingKey(arrival));
    }

    /** Records an arrival number typed by the clerk. */
    public void reserveArrivalNumber(Instant arrival, int number) {
        reserve(incomingKey(arrival), number, Integer.toString(number));
    }

    /** The series and year an outgoing document of this type issued on this date is numbered in. */
    public SeriesKey outgoingKey(DocumentType type, LocalDate issuedDate) {
        return new SeriesKey(config.outgoingSeries(type), issuedDate.getYear());
    }

    /**
     * Issues the next number: 04/QĐ-UBND, 05/2023/QĐ-UBND for a legal normative document,
     * 12/UBND-VX for a công văn ({@code unit} null gives the configured default unit).
     */
    public Issued issue(DocumentType type, LocalDate issuedDate, boolean normative, String unit) {
        int number = store.allocate(outgoingKey(type, issuedDate));
        return new Issued(number, notation(type, number, issuedDate, normative, unit));
    }

    /** Records an issue number typed by the clerk and returns its notation. */
    public Issued reserveIssue(DocumentType type, LocalDate issuedDate, int number, boolean normative, String unit) {
        Notation notation = notation(type, number, issuedDate, normative, unit);
        reserve(outgoingKey(type, issuedDate), number, notation.toString());
        return new Issued(number, notation);
    }

    /** The notation of a number, without allocating anything. */
    public Notation notation(DocumentType type, int number, LocalDate issuedDate, boolean normative, String unit) {
        String suffix;
        if (type.abbreviation() == null) {
            suffix = config.issuerAbbreviation() + "-" + (unit == null || unit.isBlank() ? config.defaultUnit() : unit.strip());
        } else {
            suffix = type.abbreviation() + "-" + config.issuerAbbreviation();
        }
        return new Notation(number, normative ? issuedDate.getYear() : null, suffix);
    }

    private void reserve(SeriesKey key, int number, String displayed) {
        if (number < 1) {
            throw new IllegalArgumentException("Number must be 1 or more / Số phải từ 1 trở lên: " + number);
        }
        if (!store.reserve(key, number)) {
            throw new NumberAlreadyUsedException(key, number, displayed);
        }
    }

    /**
     * Records the duplicate key of an incoming document and returns the reference of the earlier
     * document with the same key, if it still exists ({@code stillExists}); a deleted earlier
     * document hands the key over to this one.
     */
    public java.util.Optional<String> checkDuplicate(String codeNotation, Integer codeNumber, String organName,
                                                     LocalDate issuedDate, String ref,
                                                     java.util.function.Predicate<String> stillExists) {
        java.util.Optional<String> key = DuplicateKey.of(codeNotation, codeNumber, organName, issuedDate);
        if (key.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> earlier = store.registerDuplicateKey(key.get(), ref);
        if (earlier.isPresent() && !stillExists.test(earlier.get())) {
            store.replaceDuplicateKeyHolder(key.get(), ref);
            return java.util.Optional.empty();
        }
        return earlier;
    }
}
