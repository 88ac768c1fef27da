package vn.vanthu.dossier;

import java.util.Arrays;

/** Dossier statuses with the national portal codes 1–10. */
public enum DossierStatus {
    SUBMITTED(1, "Mới đăng ký", "Submitted"),
    ACCEPTED(2, "Đã tiếp nhận", "Accepted"),
    REFUSED(3, "Từ chối tiếp nhận", "Refused"),
    IN_PROGRESS(4, "Đang xử lý", "In progress"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    FEES_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Fees requested"),
    WITHDRAWN(7, "Công dân rút hồ sơ", "Withdrawn by the citizen"),
    STOPPED(8, "Dừng xử lý", "Processing stopped"),
    PROCESSED(9, "Đã xử lý xong", "Processed"),
    RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int code;
    private final String labelVi;
    private final String labelEn;

    DossierStatus(int code, String labelVi, String labelEn) {
        this.code = code;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public int code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** "5 (Yêu cầu bổ sung / Supplement requested)". */
    public String describe() {
        return code + " (" + labelVi + " / " + labelEn + ")";
    }

    /** Settled: the result is ready (9) or handed over (10). */
    public boolean settled() {
        return this == PROCESSED || this == RETURNED;
    }

    /** Still being handled by the agency or waiting for the citizen (1, 2, 4, 5, 6). */
    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || this == IN_PROGRESS || this == SUPPLEMENT_REQUESTED || this == FEES_REQUESTED;
    }

    /** The status of a national code given as text ("1".."10"). */
    public static DossierStatus fromCode(String code) {
        String text = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(s -> Integer.toString(s.code).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown dossier status / Trạng thái hồ sơ không hợp lệ: " + code
                        + " (1-10)"));
    }
}
