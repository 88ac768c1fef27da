package vn.vanthu.dossier;

/** Where and how a dossier may be submitted: the values of vt:channel and of the catalogue's channels column. */
public enum SubmissionChannel {
    /** At the one-stop counter (trực tiếp). */
    IN_PERSON("Trực tiếp tại Bộ phận một cửa", "In person at the one-stop counter"),
    /** Through the public service portal (trực tuyến). */
    ONLINE("Trực tuyến qua Cổng dịch vụ công", "Online through the public service portal"),
    /** By post (qua dịch vụ bưu chính công ích). */
    POSTAL("Qua dịch vụ bưu chính công ích", "By post (public postal service)");

    private final String labelVi;
    private final String labelEn;

    SubmissionChannel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean vi) {
        return vi ? labelVi : labelEn;
    }
}
