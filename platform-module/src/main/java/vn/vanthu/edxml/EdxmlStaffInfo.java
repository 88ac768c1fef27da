package vn.vanthu.edxml;

/** StaffInfo of a status message: who in the receiving agency handles the document. Any component may be null. */
public record EdxmlStaffInfo(String department, String staff, String email, String mobile) {
}
