package vn.vanthu.repo.edxml;

import java.util.List;

import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlProblem;

/**
 * Why the repository refuses an edXML request, with the HTTP status the web scripts answer and
 * every problem in Vietnamese and English: an invalid package (400, the reader's problems), a
 * DocumentId received before (409, naming the first node), a wrong node (400/404), no permission
 * (403). Nothing was stored when it is thrown.
 */
public class EdxmlRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;

    /** Problem code of a request the repository refuses (wrong node, not issued...). */
    public static final String REFUSED = "REFUSED";
    /** Problem code: the status message names no document of this repository. */
    public static final String UNKNOWN_DOCUMENT = "UNKNOWN_DOCUMENT";

    private final int status;
    private final transient List<EdxmlProblem> problems;

    public EdxmlRefusal(int status, List<EdxmlProblem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).text());
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** The reader's problems: the package is invalid (409 when its DocumentId was received before). */
    public static EdxmlRefusal invalid(EdxmlException e) {
        boolean duplicate = e.problems().stream().anyMatch(p -> EdxmlProblem.DUPLICATE_DOCUMENT_ID.equals(p.code()));
        EdxmlRefusal refusal = new EdxmlRefusal(duplicate ? CONFLICT : BAD_REQUEST, e.problems());
        refusal.initCause(e);
        return refusal;
    }

    public static EdxmlRefusal badRequest(String vi, String en) {
        return of(BAD_REQUEST, REFUSED, vi, en);
    }

    public static EdxmlRefusal forbidden(String vi, String en) {
        return of(FORBIDDEN, REFUSED, vi, en);
    }

    public static EdxmlRefusal notFound(String vi, String en) {
        return of(NOT_FOUND, REFUSED, vi, en);
    }

    static EdxmlRefusal of(int status, String code, String vi, String en) {
        return new EdxmlRefusal(status, List.of(EdxmlProblem.of(code, null, vi, en)));
    }

    public int status() {
        return status;
    }

    public List<EdxmlProblem> problems() {
        return problems;
    }

    /** One "vi / en" line per problem, as stored in vt:edxmlProblems. */
    public List<String> lines() {
        return problems.stream().map(p -> p.field() == null ? p.text() : p.field() + ": " + p.text()).toList();
    }
}
