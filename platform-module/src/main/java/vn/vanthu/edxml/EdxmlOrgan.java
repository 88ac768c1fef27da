package vn.vanthu.edxml;

/**
 * An agency as edXML names it (From, To, the sender of a status). Only {@code organId} (the
 * agency code on the exchange axis, e.g. {@code H15.50.05.13}) and {@code organName} matter to
 * Vanthu; the others are carried through. Any component may be null.
 */
public record EdxmlOrgan(String organId, String organName, String organInCharge, String organAdd,
                         String email, String telephone, String fax, String website) {

    /** An agency known by code and name only. */
    public static EdxmlOrgan of(String organId, String organName) {
        return new EdxmlOrgan(organId, organName, null, null, null, null, null, null);
    }
}
