package vn.vanthu.feedback;

import java.util.Locale;

/** Where a feedback stands (vt:feedbackStatus). */
public enum FeedbackStatus {
    RECEIVED("Đã tiếp nhận", "Received"),
    ADMISSIBLE("Đủ điều kiện xử lý", "Admissible"),
    NOT_ADMISSIBLE("Không đủ điều kiện xử lý", "Not admissible"),
    ASSIGNED("Đã phân công xử lý", "Assigned"),
    ANSWERED("Đã trả lời", "Answered"),
    PUBLISHED("Đã công khai kết quả", "Answer published"),
    CLOSED("Đã kết thúc", "Closed");

    private final String labelVi;
    private final String labelEn;

    FeedbackStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean vi) {
        return vi ? labelVi : labelEn;
    }

    /** Still waiting for the commune's answer. */
    public boolean open() {
        return this == RECEIVED || this == ADMISSIBLE || this == ASSIGNED;
    }

    /** Answered (and possibly published or closed afterwards). */
    public boolean answered() {
        return this == ANSWERED || this == PUBLISHED || this == CLOSED;
    }

    /** The status of a stored value, or null when missing or unknown. */
    public static FeedbackStatus parse(String value) {
        if (value != null) {
            for (FeedbackStatus status : values()) {
                if (status.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return status;
                }
            }
        }
        return null;
    }
}
