package vn.vanthu.edxml;

import java.util.List;

/**
 * An edXML message was refused. Carries every problem found (one per problem, never an empty
 * list); a message that fails is rejected whole: the reader has called
 * {@link AttachmentSink#discardAll()} before throwing.
 */
public class EdxmlException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<EdxmlProblem> problems;

    public EdxmlException(List<EdxmlProblem> problems) {
        super(summary(problems));
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public EdxmlException(EdxmlProblem problem) {
        this(List.of(problem));
    }

    public EdxmlException(EdxmlProblem problem, Throwable cause) {
        this(List.of(problem));
        initCause(cause);
    }

    /** The problems, in the order found. */
    public List<EdxmlProblem> problems() {
        return problems;
    }

    /** True when one of the problems has this code. */
    public boolean has(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    private static String summary(List<EdxmlProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (EdxmlProblem p : problems) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(p.code()).append(": ").append(p.en());
        }
        return sb.toString();
    }
}
