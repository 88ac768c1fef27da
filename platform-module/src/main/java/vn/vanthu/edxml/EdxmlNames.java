package vn.vanthu.edxml;

/**
 * Namespaces and element names of edXML (QCVN 102:2016) as Vanthu reads and writes them. The
 * standard publishes no XSD; the names are those of the packages the national exchange axis and
 * its SDKs exchange (see docs/edxml.md and {@link #SCHEMA_RESOURCE}).
 */
public final class EdxmlNames {

    /** The edXML namespace. */
    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    /** XMLDSig. */
    public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    /** XLink, for the manifest's references. */
    public static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** Vanthu's XSD of the format, on the class path. */
    public static final String SCHEMA_RESOURCE = "/vn/vanthu/edxml/edxml-qcvn102.xsd";
    /** The algorithm URI of the manifest's DigestValue (SHA-256, as XML Encryption names it). */
    public static final String SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256";

    public static final String ROOT = "edXML";
    public static final String ENVELOPE = "edXMLEnvelope";
    public static final String HEADER = "edXMLHeader";
    public static final String BODY = "edXMLBody";
    public static final String MANIFEST = "edXMLManifest";
    public static final String MESSAGE_HEADER = "MessageHeader";
    public static final String STATUS = "Status";
    public static final String TRACE_HEADER_LIST = "TraceHeaderList";
    public static final String TRACE_HEADER = "TraceHeader";
    public static final String REFERENCE = "Reference";
    public static final String ATTACHMENT_ENCODED = "AttachmentEncoded";
    public static final String ATTACHMENT = "Attachment";
    public static final String CONTENT_TRANSFER_ENCODED = "ContentTransferEncoded";
    public static final String SIGNATURE = "Signature";

    private EdxmlNames() {
    }
}
