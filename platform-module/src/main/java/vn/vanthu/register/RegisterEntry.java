package vn.vanthu.register;

import java.time.LocalDate;
import java.util.List;

/**
 * One document as the registers see it: the vt model's properties, the date of the reply (from the
 * outgoing document that carries it) and the progress text worked out by {@link FollowUpProgress}.
 * Null means an empty cell.
 */
public final class RegisterEntry {

    private Integer arrivalNumber;
    private LocalDate arrivalDate;
    private Integer codeNumber;
    private String codeNotation;
    private LocalDate issuedDate;
    private String typeName;
    private String subject;
    private String organName;
    private String signerFullName;
    private List<String> recipients = List.of();
    private String toPlaces;
    private String fileCopyUnit;
    private Integer issuedAmount;
    private LocalDate sentDate;
    private LocalDate forwardedDate;
    private String handler;
    private LocalDate dueDate;
    private String progress;
    private String replyNotation;
    private LocalDate replyDate;
    private String notes;

    public Integer arrivalNumber() { return arrivalNumber; }
    public RegisterEntry arrivalNumber(Integer v) { arrivalNumber = v; return this; }
    public LocalDate arrivalDate() { return arrivalDate; }
    public RegisterEntry arrivalDate(LocalDate v) { arrivalDate = v; return this; }
    public Integer codeNumber() { return codeNumber; }
    public RegisterEntry codeNumber(Integer v) { codeNumber = v; return this; }
    public String codeNotation() { return codeNotation; }
    public RegisterEntry codeNotation(String v) { codeNotation = v; return this; }
    public LocalDate issuedDate() { return issuedDate; }
    public RegisterEntry issuedDate(LocalDate v) { issuedDate = v; return this; }
    public String typeName() { return typeName; }
    public RegisterEntry typeName(String v) { typeName = v; return this; }
    public String subject() { return subject; }
    public RegisterEntry subject(String v) { subject = v; return this; }
    public String organName() { return organName; }
    public RegisterEntry organName(String v) { organName = v; return this; }
    public String signerFullName() { return signerFullName; }
    public RegisterEntry signerFullName(String v) { signerFullName = v; return this; }
    public List<String> recipients() { return recipients; }
    public RegisterEntry recipients(List<String> v) { recipients = v == null ? List.of() : List.copyOf(v); return this; }
    public String toPlaces() { return toPlaces; }
    public RegisterEntry toPlaces(String v) { toPlaces = v; return this; }
    public String fileCopyUnit() { return fileCopyUnit; }
    public RegisterEntry fileCopyUnit(String v) { fileCopyUnit = v; return this; }
    public Integer issuedAmount() { return issuedAmount; }
    public RegisterEntry issuedAmount(Integer v) { issuedAmount = v; return this; }
    public LocalDate sentDate() { return sentDate; }
    public RegisterEntry sentDate(LocalDate v) { sentDate = v; return this; }
    public LocalDate forwardedDate() { return forwardedDate; }
    public RegisterEntry forwardedDate(LocalDate v) { forwardedDate = v; return this; }
    public String handler() { return handler; }
    public RegisterEntry handler(String v) { handler = v; return this; }
    public LocalDate dueDate() { return dueDate; }
    public RegisterEntry dueDate(LocalDate v) { dueDate = v; return this; }
    public String progress() { return progress; }
    public RegisterEntry progress(String v) { progress = v; return this; }
    public String replyNotation() { return replyNotation; }
    public RegisterEntry replyNotation(String v) { replyNotation = v; return this; }
    public LocalDate replyDate() { return replyDate; }
    public RegisterEntry replyDate(LocalDate v) { replyDate = v; return this; }
    public String notes() { return notes; }
    public RegisterEntry notes(String v) { notes = v; return this; }
}
