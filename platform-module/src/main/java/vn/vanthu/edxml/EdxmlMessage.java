package vn.vanthu.edxml;

/**
 * What {@link EdxmlReader#readMessage} returns: a document package or a status message, the two
 * kinds of edXML message that arrive in an inbox.
 */
public sealed interface EdxmlMessage permits EdxmlPackage, EdxmlStatus {
}
