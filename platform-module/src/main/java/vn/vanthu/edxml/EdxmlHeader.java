package vn.vanthu.edxml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The MessageHeader of an edXML document message plus its TraceHeaderList: everything but the
 * attachments. Immutable; built with {@link #builder()}. Lists are never null (empty when absent);
 * other components are null when absent from the message.
 *
 * <p>Required in a document message (checked by the reader and by the writer): From/OrganId,
 * From/OrganName, at least one To, DocumentId, Code/CodeNumber, Code/CodeNotation,
 * PromulgationInfo/PromulgationDate, DocumentType/TypeName, Subject.
 */
public final class EdxmlHeader {

    private final EdxmlOrgan from;
    private final List<EdxmlOrgan> to;
    private final String documentId;
    private final String codeNumber;
    private final String codeNotation;
    private final String promulgationPlace;
    private final LocalDate promulgationDate;
    private final EdxmlDocumentType documentType;
    private final String subject;
    private final String content;
    private final EdxmlSignerInfo signer;
    private final LocalDate dueDate;
    private final EdxmlOtherInfo otherInfo;
    private final List<String> toPlaces;
    private final List<EdxmlResponseFor> responseFor;
    private final List<EdxmlTraceHeader> traces;
    private final Integer steeringType;

    private EdxmlHeader(Builder b) {
        this.from = b.from;
        this.to = List.copyOf(b.to);
        this.documentId = b.documentId;
        this.codeNumber = b.codeNumber;
        this.codeNotation = b.codeNotation;
        this.promulgationPlace = b.promulgationPlace;
        this.promulgationDate = b.promulgationDate;
        this.documentType = b.documentType;
        this.subject = b.subject;
        this.content = b.content;
        this.signer = b.signer;
        this.dueDate = b.dueDate;
        this.otherInfo = b.otherInfo;
        this.toPlaces = List.copyOf(b.toPlaces);
        this.responseFor = List.copyOf(b.responseFor);
        this.traces = List.copyOf(b.traces);
        this.steeringType = b.steeringType;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this header's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.from = from;
        b.to.addAll(to);
        b.documentId = documentId;
        b.codeNumber = codeNumber;
        b.codeNotation = codeNotation;
        b.promulgationPlace = promulgationPlace;
        b.promulgationDate = promulgationDate;
        b.documentType = documentType;
        b.subject = subject;
        b.content = content;
        b.signer = signer;
        b.dueDate = dueDate;
        b.otherInfo = otherInfo;
        b.toPlaces.addAll(toPlaces);
        b.responseFor.addAll(responseFor);
        b.traces.addAll(traces);
        b.steeringType = steeringType;
        return b;
    }

    /** From: the issuing agency. */
    public EdxmlOrgan from() {
        return from;
    }

    /** To: the receiving agencies (one per To element). */
    public List<EdxmlOrgan> to() {
        return to;
    }

    /** DocumentId: the package's identifier on the exchange axis, unique per document sent. */
    public String documentId() {
        return documentId;
    }

    /** Code/CodeNumber as written ("04"); text because senders write leading zeros. */
    public String codeNumber() {
        return codeNumber;
    }

    /** Code/CodeNotation ("QĐ-UBND"). */
    public String codeNotation() {
        return codeNotation;
    }

    /** PromulgationInfo/Place ("Phú Hồ"). */
    public String promulgationPlace() {
        return promulgationPlace;
    }

    /** PromulgationInfo/PromulgationDate. */
    public LocalDate promulgationDate() {
        return promulgationDate;
    }

    public EdxmlDocumentType documentType() {
        return documentType;
    }

    /** Subject: the summary (trích yếu). */
    public String subject() {
        return subject;
    }

    /** Content: a longer description, often equal to the subject. */
    public String content() {
        return content;
    }

    public EdxmlSignerInfo signer() {
        return signer;
    }

    /** DueDate: the deadline for handling, if any. */
    public LocalDate dueDate() {
        return dueDate;
    }

    public EdxmlOtherInfo otherInfo() {
        return otherInfo;
    }

    /** ToPlaces/Place: the recipients as printed in "Nơi nhận". */
    public List<String> toPlaces() {
        return toPlaces;
    }

    /** ResponseFor: the documents this one answers. */
    public List<EdxmlResponseFor> responseFor() {
        return responseFor;
    }

    /** TraceHeaderList/TraceHeader, in document order. */
    public List<EdxmlTraceHeader> traces() {
        return traces;
    }

    /** SteeringType (0 when the document is not a steering document), or null when absent. */
    public Integer steeringType() {
        return steeringType;
    }

    /** "04/QĐ-UBND", or null when the code is incomplete. */
    public String numberAndNotation() {
        if (codeNumber == null || codeNotation == null) {
            return null;
        }
        return codeNumber + "/" + codeNotation;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EdxmlHeader h)) {
            return false;
        }
        return Objects.equals(from, h.from) && to.equals(h.to) && Objects.equals(documentId, h.documentId)
                && Objects.equals(codeNumber, h.codeNumber) && Objects.equals(codeNotation, h.codeNotation)
                && Objects.equals(promulgationPlace, h.promulgationPlace)
                && Objects.equals(promulgationDate, h.promulgationDate) && Objects.equals(documentType, h.documentType)
                && Objects.equals(subject, h.subject) && Objects.equals(content, h.content)
                && Objects.equals(signer, h.signer) && Objects.equals(dueDate, h.dueDate)
                && Objects.equals(otherInfo, h.otherInfo) && toPlaces.equals(h.toPlaces)
                && responseFor.equals(h.responseFor) && traces.equals(h.traces)
                && Objects.equals(steeringType, h.steeringType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, codeNumber, codeNotation, subject);
    }

    @Override
    public String toString() {
        return "EdxmlHeader[" + documentId + " " + numberAndNotation() + " from " + (from == null ? null : from.organId())
                + " " + subject + "]";
    }

    /** Builder of {@link EdxmlHeader}; every setter returns this. */
    public static final class Builder {
        private EdxmlOrgan from;
        private final List<EdxmlOrgan> to = new ArrayList<>();
        private String documentId;
        private String codeNumber;
        private String codeNotation;
        private String promulgationPlace;
        private LocalDate promulgationDate;
        private EdxmlDocumentType documentType;
        private String subject;
        private String content;
        private EdxmlSignerInfo signer;
        private LocalDate dueDate;
        private EdxmlOtherInfo otherInfo;
        private final List<String> toPlaces = new ArrayList<>();
        private final List<EdxmlResponseFor> responseFor = new ArrayList<>();
        private final List<EdxmlTraceHeader> traces = new ArrayList<>();
        private Integer steeringType;

        private Builder() {
        }

        public Builder from(EdxmlOrgan from) {
            this.from = from;
            return this;
        }

        /** Adds one recipient agency. */
        public Builder addTo(EdxmlOrgan organ) {
            this.to.add(Objects.requireNonNull(organ));
            return this;
        }

        /** Replaces the recipient agencies. */
        public Builder to(List<EdxmlOrgan> organs) {
            this.to.clear();
            organs.forEach(this::addTo);
            return this;
        }

        public Builder documentId(String documentId) {
            this.documentId = documentId;
            return this;
        }

        public Builder code(String codeNumber, String codeNotation) {
            this.codeNumber = codeNumber;
            this.codeNotation = codeNotation;
            return this;
        }

        public Builder promulgation(String place, LocalDate date) {
            this.promulgationPlace = place;
            this.promulgationDate = date;
            return this;
        }

        public Builder documentType(EdxmlDocumentType documentType) {
            this.documentType = documentType;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder signer(EdxmlSignerInfo signer) {
            this.signer = signer;
            return this;
        }

        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder otherInfo(EdxmlOtherInfo otherInfo) {
            this.otherInfo = otherInfo;
            return this;
        }

        public Builder addToPlace(String place) {
            this.toPlaces.add(Objects.requireNonNull(place));
            return this;
        }

        public Builder toPlaces(List<String> places) {
            this.toPlaces.clear();
            places.forEach(this::addToPlace);
            return this;
        }

        public Builder addResponseFor(EdxmlResponseFor r) {
            this.responseFor.add(Objects.requireNonNull(r));
            return this;
        }

        public Builder addTrace(EdxmlTraceHeader trace) {
            this.traces.add(Objects.requireNonNull(trace));
            return this;
        }

        public Builder traces(List<EdxmlTraceHeader> list) {
            this.traces.clear();
            list.forEach(this::addTrace);
            return this;
        }

        public Builder steeringType(Integer steeringType) {
            this.steeringType = steeringType;
            return this;
        }

        public EdxmlHeader build() {
            return new EdxmlHeader(this);
        }
    }
}
