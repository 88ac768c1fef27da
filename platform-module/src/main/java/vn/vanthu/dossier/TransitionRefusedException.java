package vn.vanthu.dossier;

/** A status change that the allowed-transition table does not permit. */
public class TransitionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final DossierStatus from;
    private final DossierStatus to;

    public TransitionRefusedException(DossierStatus from, DossierStatus to, String allowed) {
        super("Không được chuyển hồ sơ từ trạng thái " + from.code() + " (" + from.labelVi() + ") sang " + to.code() + " ("
                + to.labelVi() + "); được phép: " + allowed
                + ". / A dossier cannot go from status " + from.code() + " (" + from.labelEn() + ") to " + to.code() + " ("
                + to.labelEn() + "); allowed: " + allowed + ".");
        this.from = from;
        this.to = to;
    }

    public DossierStatus from() {
        return from;
    }

    public DossierStatus to() {
        return to;
    }
}
