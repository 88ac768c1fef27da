package vn.vanthu.portal;

/**
 * Input of a public endpoint that is refused: too long, malformed or carrying markup or template
 * syntax. The web scripts answer 400 with both messages; nothing is stored.
 */
public class PublicInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageVi;
    private final String messageEn;

    public PublicInputException(String field, String messageVi, String messageEn) {
        super(messageEn + " / " + messageVi);
        this.field = field;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** The parameter or field refused. */
    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
