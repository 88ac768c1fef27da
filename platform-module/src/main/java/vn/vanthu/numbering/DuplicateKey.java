package vn.vanthu.numbering;

import java.time.LocalDate;
import java.util.Optional;

import vn.vanthu.metadata.Notation;
import vn.vanthu.metadata.VietnameseText;

/**
 * The key under which two incoming documents are the same document received twice: notation,
 * number, issuer and issued date (Decree 30 asks for a warning on the same number + notation +
 * issuer). Spelling differences that do not change the document are folded away: case,
 * diacritics written in NFD, spaces, "4" and "04".
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    /** The key, or empty when notation, issuer or date is missing (such documents are not compared). */
    public static Optional<String> of(String codeNotation, Integer codeNumber, String organName, LocalDate issuedDate) {
        if (codeNotation == null || codeNotation.isBlank() || organName == null || organName.isBlank() || issuedDate == null) {
            return Optional.empty();
        }
        Optional<Notation> parsed = Notation.parse(codeNotation);
        String notation = parsed.map(Notation::toString).orElse(codeNotation);
        int number = codeNumber != null ? codeNumber : parsed.map(Notation::number).orElse(0);
        return Optional.of(squash(notation) + "|" + number + "|" + squash(organName) + "|" + issuedDate);
    }

    private static String squash(String text) {
        return VietnameseText.fold(text).replace(" ", "");
    }
}
