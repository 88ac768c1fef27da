package vn.vanthu.edxml;

import java.util.Optional;

/**
 * Tells the reader whether a package with this DocumentId was already received. Called once per
 * package, as soon as its header is read and before any attachment is written to the sink, so a
 * duplicate is refused (DUPLICATE_DOCUMENT_ID) with nothing written.
 */
@FunctionalInterface
public interface DocumentIdLookup {

    /**
     * @param documentId the package's DocumentId
     * @param from       the issuing agency (DocumentIds are unique per sender on the axis)
     * @return how the earlier document is named to the clerk (e.g. its name and arrival number),
     *         or empty when this DocumentId is new
     */
    Optional<String> existing(String documentId, EdxmlOrgan from);

    /** No lookup: every DocumentId is new. */
    static DocumentIdLookup none() {
        return (id, from) -> Optional.empty();
    }
}
