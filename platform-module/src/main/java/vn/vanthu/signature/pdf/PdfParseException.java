package vn.vanthu.signature.pdf;

/**
 * The only exception the PDF object reader throws: the bytes are not a PDF structure it can read
 * (broken syntax, a limit exceeded, a loop, an unsupported filter) or the file could not be read.
 * The message names the problem and, where known, the byte offset or object number.
 */
public final class PdfParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public PdfParseException(String message) {
        super(message);
    }

    public PdfParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
