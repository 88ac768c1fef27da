package vn.vanthu.dossier;

/** Catalogue or dossier configuration that cannot be used; the message says where and why, in Vietnamese and English. */
public class DossierConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DossierConfigurationException(String message) {
        super(message);
    }

    public DossierConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
