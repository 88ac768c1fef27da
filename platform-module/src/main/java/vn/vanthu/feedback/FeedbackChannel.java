package vn.vanthu.feedback;

import java.util.Locale;

/** How a feedback reached the commune (vt:feedbackChannel). */
public enum FeedbackChannel {
    COUNTER("Trực tiếp tại trụ sở", "At the counter"),
    PHONE("Điện thoại", "Phone"),
    MAIL("Thư gửi qua bưu chính", "Letter by post"),
    EMAIL("Thư điện tử", "E-mail"),
    PORTAL("Cổng thông tin điện tử", "Web portal");

    private final String labelVi;
    private final String labelEn;

    FeedbackChannel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean vi) {
        return vi ? labelVi : labelEn;
    }

    /** The channel of a stored value; unknown or missing values count as the portal. */
    public static FeedbackChannel parse(String value) {
        if (value != null) {
            for (FeedbackChannel channel : values()) {
                if (channel.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return channel;
                }
            }
        }
        return PORTAL;
    }
}
