package vn.vanthu.edxml;

import java.time.LocalDate;

/**
 * ResponseFor: the document a message answers (in a document message: the outgoing document this
 * one replies to; in a status message: the document whose status is reported).
 *
 * @param organId          OrganId of the agency that issued the document answered
 * @param code             Code, its number and notation as one string ("04/QĐ-UBND")
 * @param promulgationDate PromulgationDate (null when absent)
 * @param documentId       DocumentId of the package answered (null when absent)
 */
public record EdxmlResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
}
