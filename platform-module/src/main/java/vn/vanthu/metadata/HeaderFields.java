package vn.vanthu.metadata;

import java.time.LocalDate;

/**
 * What the header parser read from page 1 of a document. Each field is null when the page does
 * not show it. Names follow the vt content model (and edXML) without prefix.
 *
 * @param type           the Decree 30 type (typeName and abbreviation come from it)
 * @param codeNumber     the number ("04" gives 4)
 * @param codeNotation   the whole notation as displayed, "04/QĐ-UBND"
 * @param issuedDate     the date after the place
 * @param place          the place name before ", ngày"
 * @param organName      the issuing body (its own name lines, without the superior body)
 * @param subject        the summary (trích yếu), lines joined with one space; "V/v ..." for a công văn
 * @param signerPosition position lines of the signature block with TM./KT./TL./TUQ./Q., joined
 * @param signerFullName the signer's name
 */
public record HeaderFields(DocumentType type, Integer codeNumber, String codeNotation, LocalDate issuedDate,
                           String place, String organName, String subject, String signerPosition,
                           String signerFullName) {

    /** The Vietnamese type name ("Quyết định"), or null. */
    public String typeName() {
        return type == null ? null : type.typeName();
    }

    /** The Decree 30 abbreviation ("QĐ"), or null. */
    public String typeAbbreviation() {
        return type == null ? null : type.abbreviation();
    }
}
