package vn.vanthu.edxml;

import java.time.LocalDateTime;

/**
 * A status message (QCVN 102 "Status"): what happened to a document at the receiving agency, or
 * a recall request from the issuing agency.
 *
 * @param from        the agency sending the status
 * @param to          the agency the status is for (null when absent: then it goes to the issuer
 *                    named in {@code responseFor})
 * @param responseFor the document concerned: issuer OrganId, number/notation, date, DocumentId
 * @param statusCode  the status
 * @param description Description: free text, the reason for 02/13/16
 * @param timestamp   when it happened, local time of Vietnam
 * @param staffInfo   who handles it (may be null)
 * @param signature   the message's XML signature as read ({@link EdxmlSignatureStatus#UNSIGNED} when it
 *                    has none), or null for a status made here and not read
 */
public record EdxmlStatus(EdxmlOrgan from, EdxmlOrgan to, EdxmlResponseFor responseFor, EdxmlStatusCode statusCode,
                          String description, LocalDateTime timestamp, EdxmlStaffInfo staffInfo,
                          EdxmlSignatureResult signature)
        implements EdxmlMessage {

    /** A status made here (not read: no signature result). */
    public EdxmlStatus(EdxmlOrgan from, EdxmlOrgan to, EdxmlResponseFor responseFor, EdxmlStatusCode statusCode,
                       String description, LocalDateTime timestamp, EdxmlStaffInfo staffInfo) {
        this(from, to, responseFor, statusCode, description, timestamp, staffInfo, null);
    }

    /** This status with the result of its signature check. */
    public EdxmlStatus withSignature(EdxmlSignatureResult result) {
        return new EdxmlStatus(from, to, responseFor, statusCode, description, timestamp, staffInfo, result);
    }

    /** The DocumentId of the document concerned, or null. */
    public String documentId() {
        return responseFor == null ? null : responseFor.documentId();
    }
}
