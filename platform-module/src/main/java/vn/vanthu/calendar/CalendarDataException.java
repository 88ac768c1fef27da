package vn.vanthu.calendar;

/** Calendar data that cannot be read; the message names the source, the line and the problem, in Vietnamese and English. */
public class CalendarDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
