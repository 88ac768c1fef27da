package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vanthu.signature.DigestCheckpoints;

/**
 * Streaming reader of edXML messages (StAX). Never holds a package or an attachment in memory:
 * the XML outside the attachments (a few kilobytes) is kept as a small DOM for the header and
 * the signature; the base64 text of each ContentTransferEncoded is decoded chunk by chunk into
 * the {@link AttachmentSink} while its size and SHA-256 are computed and then compared with the
 * manifest. The SHA-256 keeps checkpoints ({@link DigestCheckpoints}) that an accepted package
 * hands to {@link AttachmentSink#written}, so that the signature check of a PDF attachment need
 * not hash it a second time.
 *
 * <p>Secure: DTDs are refused (so no entity expansion, no external entity, no billion laughs);
 * the text of any element but ContentTransferEncoded, the text outside attachments (8 times that),
 * any single tag, comment or processing instruction, the element count and the depth are limited
 * ({@link Limits}); CDATA sections are streamed as character data (see {@code XmlInput}).
 *
 * <p>Validation happens while reading and every problem is reported (one per problem); when any
 * is found the whole package is refused: {@link AttachmentSink#discardAll()} is called and an
 * {@link EdxmlException} thrown. Once the header has a problem the remaining attachments are still
 * decoded (to report their problems) but no longer written to the sink.
 *
 * <p>Lenient on form: any namespace prefix or the default namespace, elements of the attachment
 * part in the edXML namespace or in no namespace, "cid:" prefixes or not, any order of the
 * MessageHeader children, CDATA, whitespace and line breaks in base64, a UTF-8 byte-order mark;
 * the root may be {@code edXML} (with {@code AttachmentEncoded}) or {@code edXMLEnvelope} alone.
 * Thread-safe: one reader may serve concurrent calls.
 */
public final class EdxmlReader {

    /** Reader limits; the defaults suit any real package. */
    public record Limits(int maxTextChars, int maxElements, int maxDepth, long retainSignedBase64Chars,
                         boolean requireValidSignature) {

        /** 1 Mi characters per element, 100 000 elements, depth 64, 4 Mi base64 characters kept for foreign signatures. */
        public static Limits defaults() {
            return new Limits(1 << 20, 100_000, 64, 4L << 20, false);
        }

        /** The same limits, refusing packages whose signature is not VALID (BAD_SIGNATURE). */
        public Limits requiringValidSignature() {
            return new Limits(maxTextChars, maxElements, maxDepth, retainSignedBase64Chars, true);
        }
    }

    private final EdxmlSignatureVerifier verifier;
    private final Limits limits;
    /** Base64 characters decoded without the parser seeing them, over all reads (tests, diagnostics). */
    final java.util.concurrent.atomic.AtomicLong bypassedChars = new java.util.concurrent.atomic.AtomicLong();
    /** The working arrays of reads, kept between them, each set with its own parser factory. */
    final ReadBuffers.Pool buffers;

    /** A reader verifying package signatures with this verifier. */
    public EdxmlReader(EdxmlSignatureVerifier verifier) {
        this(verifier, Limits.defaults());
    }

    public EdxmlReader(EdxmlSignatureVerifier verifier, Limits limits) {
        this.verifier = java.util.Objects.requireNonNull(verifier, "verifier");
        this.limits = limits;
        this.buffers = new ReadBuffers.Pool(EdxmlReader::newFactory);
    }

    /**
     * The parser factory of one set of read buffers: the JDK's StAX parser, no DTD, no external
     * entity. It is used by one read at a time, so it may hand the same parser to the next read
     * ("reuse-instance", the JDK's own switch: the parser is reset, its security limits' counts
     * included, and given the new input) instead of building one, with its tables and buffers,
     * for every package: that cost as much as a third of reading a small package.
     */
    static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        factory.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        try {
            factory.setProperty("reuse-instance", Boolean.TRUE);
        } catch (IllegalArgumentException notThisParser) {
            // another implementation: a parser per read, as before
        }
        return factory;
    }

    /**
     * Reads a document package.
     *
     * @param in   the package (any encoding declared by its XML declaration; UTF-8 by default)
     * @param sink where the decoded attachments go
     * @return the accepted package
     * @throws EdxmlException the package is refused (NOT_EDXML also when it is a status message)
     * @throws IOException    reading the input or writing the sink failed (sink discarded)
     */
    public EdxmlPackage read(InputStream in, AttachmentSink sink) throws EdxmlException, IOException {
        return read(in, sink, DocumentIdLookup.none());
    }

    /**
     * Reads a document package, refusing it with DUPLICATE_DOCUMENT_ID before anything is written
     * when {@code lookup} knows its DocumentId.
     */
    public EdxmlPackage read(InputStream in, AttachmentSink sink, DocumentIdLookup lookup) throws EdxmlException, IOException {
        EdxmlMessage m = readMessage(in, sink, lookup);
        if (m instanceof EdxmlPackage p) {
            return p;
        }
        throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.NOT_EDXML, EdxmlNames.HEADER,
                "Đây là gói trạng thái, không phải gói văn bản", "This is a status message, not a document package"));
    }

    /** Reads a status message; nothing is written anywhere. */
    public EdxmlStatus readStatus(InputStream in) throws EdxmlException, IOException {
        EdxmlMessage m = readMessage(in, AttachmentSink.discarding());
        if (m instanceof EdxmlStatus s) {
            return s;
        }
        throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.NOT_EDXML, EdxmlNames.HEADER,
                "Đây là gói văn bản, không phải gói trạng thái", "This is a document package, not a status message"));
    }

    /** Reads either kind of message: a document package (attachments to the sink) or a status. */
    public EdxmlMessage readMessage(InputStream in, AttachmentSink sink) throws EdxmlException, IOException {
        return readMessage(in, sink, DocumentIdLookup.none());
    }

    /** Reads either kind of message; a document package whose DocumentId {@code lookup} knows is refused. */
    public EdxmlMessage readMessage(InputStream in, AttachmentSink sink, DocumentIdLookup lookup)
            throws EdxmlException, IOException {
        ReadBuffers lent = buffers.take();
        Run run = new Run(sink, lookup, lent);
        try {
            return run.read(in);
        } catch (EdxmlException | IOException | RuntimeException e) {
            run.abort();
            throw e;
        } finally {
            // Nothing of the read refers to them any more: the parser and the streams are done.
            buffers.give(lent);
        }
    }

    /** Bytes gathered before each write to an attachment's sink stream. */
    static final int SINK_BUFFER = 256 * 1024;

    /** An attachment written to the sink: its {@code open} position, its info and its digest (or null). */
    private record Written(int index, EdxmlAttachmentInfo info, DigestCheckpoints digest) {
    }

    /** Everything about one read. */
    private final class Run {
        final AttachmentSink sink;
        final Document doc = Dom.newDocument();
        final List<EdxmlProblem> problems = new ArrayList<>();
        int elements;
        long skeletonChars;
        XmlInput.Guard guard;
        boolean document;
        EdxmlHeader header;
        EdxmlStatus status;
        boolean headerFailed;
        boolean signaturePresent;
        /** The signature leaves ContentTransferEncoded out (Vanthu's form): no base64 needs keeping. */
        boolean signatureExcludesBase64;
        long retainedBase64;
        boolean base64Dropped;
        /** Manifest references by content id, in manifest order. */
        final Map<String, EdxmlAttachmentInfo> manifest = new LinkedHashMap<>();
        boolean manifestPresent;
        final Set<String> seen = new HashSet<>();
        final List<EdxmlAttachmentInfo> attachments = new ArrayList<>();
        /** Attachments written whole and matching the manifest, for {@link AttachmentSink#written}. */
        final List<Written> written = new ArrayList<>();
        /** Attachments opened on the sink so far. */
        int opened;
        OutputStream open;

        final DocumentIdLookup lookup;
        /** Attachment elements seen so far (their position when the manifest is matched by order). */
        int attachmentIndex;

        final ReadBuffers lent;

        Run(AttachmentSink sink, DocumentIdLookup lookup, ReadBuffers lent) {
            this.sink = sink;
            this.lookup = lookup;
            this.lent = lent;
        }

        void abort() {
            closeQuietly();
            sink.discardAll();
        }

        void closeQuietly() {
            if (open != null) {
                try {
                    open.close();
                } catch (IOException ignored) {
                    // the package is refused anyway
                }
                open = null;
            }
        }

        EdxmlMessage read(InputStream in) throws EdxmlException, IOException {
            XMLStreamReader r;
            try {
                guard = XmlInput.open(in, limits.maxTextChars(), lent);
                r = lent.factory.createXMLStreamReader(guard);
            } catch (XMLStreamException e) {
                throw failure(e);
            } catch (IOException e) {
                throw inputFailure(e);
            }
            try {
                parse(r);
            } catch (XMLStreamException e) {
                throw failure(e);
            } finally {
                bypassedChars.addAndGet(guard.bypassed());
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a stream the caller owns
                }
            }
            if (!document) {
                if (!problems.isEmpty()) {
                    throw new EdxmlException(problems);
                }
                // A status message is signed like a package: same check, same refusal when required.
                EdxmlSignatureResult sig = signaturePresent ? verifier.verify(doc, false) : EdxmlSignatureResult.unsigned();
                requireValid(sig);
                return status.withSignature(sig);
            }
            for (EdxmlAttachmentInfo m : manifest.values()) {
                if (!seen.contains(m.contentId())) {
                    problems.add(EdxmlProblem.of(EdxmlProblem.MISSING_ATTACHMENT, "Attachment[" + m.contentId() + "]",
                            "Gói không chứa tệp đính kèm " + m.name() + " (" + m.contentId() + ") có trong danh mục",
                            "The package lacks the attachment " + m.name() + " (" + m.contentId() + ") listed in its manifest"));
                }
            }
            if (attachments.isEmpty() && problems.stream().noneMatch(p -> p.code().equals(EdxmlProblem.MISSING_ATTACHMENT))) {
                problems.add(EdxmlProblem.of(EdxmlProblem.NO_ATTACHMENT, EdxmlNames.ATTACHMENT_ENCODED,
                        "Gói văn bản không có tệp đính kèm nào", "The document package has no attachment"));
            }
            if (!problems.isEmpty()) {
                throw new EdxmlException(problems);
            }
            EdxmlSignatureResult sig = signaturePresent
                    ? verifier.verify(doc, base64Dropped)
                    : EdxmlSignatureResult.unsigned();
            requireValid(sig);
            // Accepted: only now is the sink told what was written (a refused package never is).
            for (Written w : written) {
                sink.written(w.index(), w.info(), w.digest());
            }
            return new EdxmlPackage(header, attachments, sig);
        }

        /** Refuses the message when the limits require a valid signature and {@code sig} is not one. */
        private void requireValid(EdxmlSignatureResult sig) throws EdxmlException {
            if (limits.requireValidSignature() && !sig.valid()) {
                List<EdxmlProblem> bad = new ArrayList<>();
                bad.add(EdxmlProblem.of(EdxmlProblem.BAD_SIGNATURE, EdxmlNames.SIGNATURE,
                        "Chữ ký số của gói edXML không hợp lệ (" + sig.status() + ")",
                        "The edXML package signature is not valid (" + sig.status() + ")"));
                bad.addAll(sig.reasons());
                throw new EdxmlException(bad);
            }
        }

        private void parse(XMLStreamReader r) throws XMLStreamException, EdxmlException, IOException {
            Node current = doc;
            int depth = 0;
            StringBuilder text = new StringBuilder();
            // attachment in progress
            Element attachment = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                         XMLStreamConstants.NOTATION_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.DTD_NOT_ALLOWED, null,
                                    "Gói edXML không được chứa DTD hay khai báo thực thể", "DTDs and entity declarations are not allowed in edXML"));
                    case XMLStreamConstants.START_ELEMENT -> {
                        flushText(current, text);
                        if (++elements > limits.maxElements()) {
                            throw tooLarge("more than " + limits.maxElements() + " elements", "quá " + limits.maxElements() + " phần tử");
                        }
                        if (++depth > limits.maxDepth()) {
                            throw tooLarge("nesting deeper than " + limits.maxDepth(), "lồng sâu quá " + limits.maxDepth() + " cấp");
                        }
                        Element e = element(r);
                        if (current == doc) {
                            checkRoot(e);
                        }
                        current.appendChild(e);
                        if (Dom.isEdxml(e, EdxmlNames.ATTACHMENT) && isUnder(e, EdxmlNames.ATTACHMENT_ENCODED)) {
                            attachment = e;
                            attachmentIndex++;
                        } else if (Dom.isEdxml(e, EdxmlNames.CONTENT_TRANSFER_ENCODED) && attachment != null) {
                            readAttachmentContent(r, attachment, e);
                            depth--;
                            continue;
                        } else if (EdxmlNames.DSIG_NS.equals(e.getNamespaceURI()) && EdxmlNames.SIGNATURE.equals(e.getLocalName())
                                && isUnder(e, EdxmlNames.HEADER)) {
                            signaturePresent = true;
                        }
                        current = e;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        flushText(current, text);
                        Element e = (Element) current;
                        current = e.getParentNode();
                        depth--;
                        if (Dom.isEdxml(e, EdxmlNames.ENVELOPE)) {
                            envelopeDone(e);
                        } else if (e == attachment) {
                            attachmentDone(e);
                            attachment = null;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != doc) {
                            skeletonChars += r.getTextLength();
                            if (skeletonChars > 8L * limits.maxTextChars()) {
                                throw tooLarge("the text outside the attachments is longer than " + 8L * limits.maxTextChars() + " characters",
                                        "nội dung ngoài các tệp đính kèm dài quá " + 8L * limits.maxTextChars() + " ký tự");
                            }
                            if (text.length() + r.getTextLength() > limits.maxTextChars()) {
                                throw tooLarge("an element's text is longer than " + limits.maxTextChars() + " characters",
                                        "nội dung một phần tử dài quá " + limits.maxTextChars() + " ký tự");
                            }
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if (current != doc) {
                            flushText(current, text);
                            current.appendChild(doc.createProcessingInstruction(r.getPITarget(), r.getPIData()));
                        }
                    }
                    default -> {
                        // comments (left out, as canonicalization without comments does), document events
                    }
                }
            }
            if (doc.getDocumentElement() == null) {
                throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.NOT_EDXML, null, "Tệp rỗng, không phải edXML", "Empty file, not edXML"));
            }
            if (header == null && status == null && problems.isEmpty()) {
                throw new EdxmlException(EdxmlProblem.missingField(EdxmlNames.ENVELOPE));
            }
        }

        private void flushText(Node current, StringBuilder text) {
            if (text.length() > 0) {
                if (current != doc) {
                    current.appendChild(doc.createTextNode(text.toString()));
                }
                text.setLength(0);
            }
        }

        private Element element(XMLStreamReader r) {
            String ns = r.getNamespaceURI();
            String prefix = r.getPrefix();
            String local = r.getLocalName();
            String qname = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            Element e = doc.createElementNS(ns == null || ns.isEmpty() ? null : ns, qname);
            for (int i = 0; i < r.getNamespaceCount(); i++) {
                String p = r.getNamespacePrefix(i);
                String uri = r.getNamespaceURI(i);
                e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                        p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p, uri == null ? "" : uri);
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String ans = r.getAttributeNamespace(i);
                String ap = r.getAttributePrefix(i);
                String an = r.getAttributeLocalName(i);
                e.setAttributeNS(ans == null || ans.isEmpty() ? null : ans,
                        ap == null || ap.isEmpty() ? an : ap + ":" + an, r.getAttributeValue(i));
            }
            return e;
        }

        private void checkRoot(Element e) throws EdxmlException {
            boolean ok = EdxmlNames.NS.equals(e.getNamespaceURI())
                    && (EdxmlNames.ROOT.equals(e.getLocalName()) || EdxmlNames.ENVELOPE.equals(e.getLocalName()));
            if (!ok) {
                throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.NOT_EDXML, e.getTagName(),
                        "Không phải gói edXML: phần tử gốc là " + e.getTagName() + " {" + e.getNamespaceURI()
                                + "}, cần edXML {" + EdxmlNames.NS + "}",
                        "Not an edXML package: the root element is " + e.getTagName() + " {" + e.getNamespaceURI()
                                + "}, expected edXML {" + EdxmlNames.NS + "}"));
            }
        }

        private boolean isUnder(Element e, String ancestorLocal) {
            for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
                if (Dom.isEdxml(n, ancestorLocal)) {
                    return true;
                }
            }
            return false;
        }

        private void envelopeDone(Element envelope) {
            if (signaturePresent) {
                signatureExcludesBase64 = excludesBase64(EdxmlSignatureVerifier.findSignature(doc));
            }
            Element h = Dom.child(envelope, EdxmlNames.HEADER);
            if (h == null) {
                problems.add(EdxmlProblem.missingField(EdxmlNames.ENVELOPE + "/" + EdxmlNames.HEADER));
                headerFailed = true;
                return;
            }
            Element mh = Dom.child(h, EdxmlNames.MESSAGE_HEADER);
            Element st = Dom.child(h, EdxmlNames.STATUS);
            int before = problems.size();
            if (mh != null) {
                document = true;
                header = HeaderCodec.parse(mh, Dom.child(h, EdxmlNames.TRACE_HEADER_LIST), problems);
                if (header.documentId() != null) {
                    lookup.existing(header.documentId(), header.from())
                            .ifPresent(existing -> problems.add(EdxmlProblem.duplicateDocumentId(header.documentId(), existing)));
                }
                readManifest(envelope);
            } else if (st != null) {
                status = HeaderCodec.parseStatus(st, problems);
            } else {
                problems.add(EdxmlProblem.of(EdxmlProblem.NOT_EDXML, EdxmlNames.HEADER,
                        "edXMLHeader không có MessageHeader hay Status", "edXMLHeader has neither MessageHeader nor Status"));
            }
            headerFailed = problems.size() > before;
        }

        /** True when the signature subtracts ContentTransferEncoded with an XPath Filter 2.0 transform. */
        private boolean excludesBase64(Element sig) {
            if (sig == null) {
                return false;
            }
            org.w3c.dom.NodeList xs = sig.getElementsByTagNameNS("http://www.w3.org/2002/06/xmldsig-filter2", "XPath");
            for (int i = 0; i < xs.getLength(); i++) {
                Element x = (Element) xs.item(i);
                if ("subtract".equals(x.getAttribute("Filter"))
                        && x.getTextContent().contains(EdxmlNames.CONTENT_TRANSFER_ENCODED)) {
                    return true;
                }
            }
            return false;
        }

        private void readManifest(Element envelope) {
            Element m = Dom.child(Dom.child(envelope, EdxmlNames.BODY), EdxmlNames.MANIFEST);
            if (m == null) {
                return;
            }
            manifestPresent = true;
            for (Element ref : Dom.children(m, EdxmlNames.REFERENCE)) {
                String cid = stripCid(Dom.text(ref, "ContentId"));
                if (cid == null) {
                    cid = stripCid(ref.getAttributeNS(EdxmlNames.XLINK_NS, "href"));
                }
                String where = "edXMLManifest/Reference[" + cid + "]";
                if (cid == null) {
                    problems.add(EdxmlProblem.missingField("edXMLManifest/Reference/ContentId"));
                    continue;
                }
                long size = -1;
                String sizeText = Dom.text(ref, "AttachmentSize");
                if (sizeText != null) {
                    try {
                        size = Long.parseLong(sizeText);
                        if (size < 0) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        problems.add(EdxmlProblem.of(EdxmlProblem.BAD_NUMBER, where + "/AttachmentSize",
                                "Kích thước tệp không phải là số: " + sizeText, "Attachment size is not a number: " + sizeText));
                    }
                }
                String digest = Dom.text(ref, "DigestValue");
                if (digest != null) {
                    try {
                        if (java.util.Base64.getDecoder().decode(digest).length != 32) {
                            throw new IllegalArgumentException();
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(EdxmlProblem.of(EdxmlProblem.MALFORMED_BASE64, where + "/DigestValue",
                                "Giá trị băm SHA-256 khai báo không hợp lệ (cần 32 byte base64): " + digest,
                                "The declared SHA-256 digest is not 32 bytes of base64: " + digest));
                        digest = null;
                    }
                }
                if (manifest.containsKey(cid)) {
                    problems.add(EdxmlProblem.of(EdxmlProblem.UNLISTED_ATTACHMENT, where,
                            "Danh mục liệt kê hai lần tệp " + cid, "The manifest lists " + cid + " twice"));
                    continue;
                }
                manifest.put(cid, EdxmlAttachmentInfo.declared(cid, Dom.text(ref, "AttachmentName"),
                        Dom.text(ref, "ContentType"), Dom.text(ref, "Description"), size, digest));
            }
        }

        private void readAttachmentContent(XMLStreamReader r, Element attachment, Element cte)
                throws XMLStreamException, EdxmlException, IOException {
            int index = attachmentIndex - 1;
            EdxmlAttachmentInfo info = describe(attachment, index);
            String where = "Attachment[" + (info.contentId() == null ? "#" + (index + 1) : info.contentId()) + "]";
            boolean write = document && !headerFailed && problems.isEmpty();
            OutputStream target = OutputStream.nullOutputStream();
            int sinkIndex = -1;
            if (write) {
                sinkIndex = opened++;
                // Decoded blocks (48 KiB) are gathered into larger writes: writing between decoding
                // steps cost the file more than the same bytes written in fewer, larger pieces.
                open = new GatheringOutputStream(sink.open(info), lent.sink);
                target = open;
            }
            Base64Decoder dec = new Base64Decoder(target, lent);
            boolean retain = signaturePresent && !signatureExcludesBase64 && limits.retainSignedBase64Chars() > 0
                    && !base64Dropped;
            StringBuilder kept = retain ? new StringBuilder() : null;
            if (kept == null) {
                guard.bypass(dec);
            }
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                    int len = r.getTextLength();
                    char[] chars = r.getTextCharacters();
                    int start = r.getTextStart();
                    dec.feed(chars, start, len);
                    if (kept != null) {
                        if (retainedBase64 + len > limits.retainSignedBase64Chars()) {
                            kept = null;
                            base64Dropped = true;
                        } else {
                            kept.append(chars, start, len);
                            retainedBase64 += len;
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.MALFORMED_BASE64, where,
                            "ContentTransferEncoded chứa phần tử con " + r.getLocalName(),
                            "ContentTransferEncoded contains the element " + r.getLocalName()));
                } else if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
                    throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.DTD_NOT_ALLOWED, where,
                            "Không được dùng thực thể", "Entities are not allowed"));
                }
                // comments and processing instructions inside the base64 are skipped
            }
            dec.finish();
            if (open != null) {
                OutputStream o = open;
                open = null;
                o.close();
            }
            if (kept != null && kept.length() > 0) {
                cte.appendChild(doc.createTextNode(kept.toString()));
            }
            if (!write) {
                cte.setUserData("failed", Boolean.TRUE, null);
            }
            cte.setUserData("result", new long[] {dec.size()}, null);
            cte.setUserData("sha256", dec.error() == null ? dec.sha256() : null, null);
            cte.setUserData("error", dec.error(), null);
            if (write && dec.error() == null) {
                cte.setUserData("sinkIndex", sinkIndex, null);
                cte.setUserData("checkpoints", sinkIndex < AttachmentSink.MAX_CHECKPOINTED ? dec.checkpoints() : null, null);
            }
        }

        /** What is known of an attachment when its content starts: manifest entry by ContentId, else by position. */
        private EdxmlAttachmentInfo describe(Element attachment, int index) {
            String cid = stripCid(Dom.text(attachment, "ContentId"));
            EdxmlAttachmentInfo m = cid == null ? null : manifest.get(cid);
            if (m == null && cid == null && index < manifest.size()) {
                m = new ArrayList<>(manifest.values()).get(index);
            }
            if (m != null) {
                return m;
            }
            String name = Dom.text(attachment, "AttachmentName");
            return EdxmlAttachmentInfo.declared(cid, name != null ? name : "attachment-" + (index + 1),
                    Dom.text(attachment, "ContentType"), Dom.text(attachment, "Description"), -1, null);
        }

        private void attachmentDone(Element attachment) {
            Element cte = Dom.child(attachment, EdxmlNames.CONTENT_TRANSFER_ENCODED);
            int index = attachmentIndex - 1;
            String cid = stripCid(Dom.text(attachment, "ContentId"));
            String where = "Attachment[" + (cid == null ? "#" + (index + 1) : cid) + "]";
            if (!document) {
                return;
            }
            if (cte == null || cte.getUserData("result") == null) {
                problems.add(EdxmlProblem.missingField(where + "/ContentTransferEncoded"));
                return;
            }
            EdxmlAttachmentInfo declared = manifest.get(cid);
            if (declared == null && cid == null && manifestPresent && index < manifest.size()) {
                declared = new ArrayList<>(manifest.values()).get(index);
            }
            if (declared == null && manifestPresent) {
                problems.add(EdxmlProblem.of(EdxmlProblem.UNLISTED_ATTACHMENT, where,
                        "Tệp đính kèm " + (cid == null ? "#" + (index + 1) : cid) + " không có trong danh mục của gói",
                        "The attachment " + (cid == null ? "#" + (index + 1) : cid) + " is not listed in the package manifest"));
                return;
            }
            if (declared == null) {
                String name = Dom.text(attachment, "AttachmentName");
                declared = EdxmlAttachmentInfo.declared(cid, name != null ? name : "attachment-" + (index + 1),
                        Dom.text(attachment, "ContentType"), Dom.text(attachment, "Description"), -1, null);
            } else if (!seen.add(declared.contentId())) {
                problems.add(EdxmlProblem.of(EdxmlProblem.UNLISTED_ATTACHMENT, where,
                        "Gói chứa hai lần tệp đính kèm " + declared.contentId(), "The package carries attachment " + declared.contentId() + " twice"));
                return;
            }
            String error = (String) cte.getUserData("error");
            long size = ((long[]) cte.getUserData("result"))[0];
            String name = declared.name() == null ? where : declared.name();
            if (error != null) {
                problems.add(EdxmlProblem.of(EdxmlProblem.MALFORMED_BASE64, where,
                        "Nội dung tệp " + name + " không đúng mã base64: " + error,
                        "The content of " + name + " is not valid base64: " + error));
                attachments.add(declared);
                return;
            }
            String sha = (String) cte.getUserData("sha256");
            if (declared.declaredSize() >= 0 && declared.declaredSize() != size) {
                problems.add(EdxmlProblem.of(EdxmlProblem.SIZE_MISMATCH, where,
                        "Kích thước tệp " + name + " là " + size + " byte, khác với " + declared.declaredSize() + " byte khai báo",
                        "The size of " + name + " is " + size + " bytes, not the declared " + declared.declaredSize() + " bytes"));
            }
            if (declared.declaredSha256() != null && !declared.declaredSha256().equals(sha)) {
                problems.add(EdxmlProblem.of(EdxmlProblem.DIGEST_MISMATCH, where,
                        "Giá trị băm SHA-256 của tệp " + name + " khác với giá trị khai báo: tệp đã bị thay đổi hoặc hỏng",
                        "The SHA-256 digest of " + name + " differs from the declared one: the file was changed or damaged"));
            }
            EdxmlAttachmentInfo actual = declared.withActual(size, sha);
            attachments.add(actual);
            Object sinkIndex = cte.getUserData("sinkIndex");
            if (sinkIndex != null) {
                written.add(new Written((Integer) sinkIndex, actual, (DigestCheckpoints) cte.getUserData("checkpoints")));
                cte.setUserData("checkpoints", null, null);
            }
        }

        /** A parser failure: the guard's limit, an undecodable input, a failing stream, or malformed XML. */
        private EdxmlException failure(XMLStreamException e) throws IOException {
            Throwable nested = e.getNestedException();
            if (nested == null && e.getCause() instanceof IOException io) {
                nested = io;
            }
            if (nested instanceof IOException io) {
                return inputFailure(io);
            }
            return malformed(e);
        }

        private EdxmlException inputFailure(IOException e) throws IOException {
            if (e instanceof XmlInput.LimitException l) {
                return tooLarge(l.en, l.vi);
            }
            if (e instanceof XmlInput.UnsupportedEncoding u) {
                return new EdxmlException(EdxmlProblem.of(EdxmlProblem.MALFORMED_XML, null,
                        "Bảng mã không được hỗ trợ: " + u.getMessage(), "Unsupported encoding: " + u.getMessage()), e);
            }
            if (e instanceof java.nio.charset.CharacterCodingException) {
                return new EdxmlException(EdxmlProblem.of(EdxmlProblem.MALFORMED_XML, null,
                        "Tệp chứa byte không hợp lệ với bảng mã đã khai báo (ví dụ không phải UTF-8)",
                        "The file holds bytes that are not valid in its declared encoding (e.g. not UTF-8)"), e);
            }
            throw e;
        }

        private EdxmlException malformed(XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE") || msg.contains("DTD") || msg.contains("ntity \"") || msg.contains("EntityRef")) {
                return new EdxmlException(EdxmlProblem.of(EdxmlProblem.DTD_NOT_ALLOWED, null,
                        "Gói edXML không được chứa DTD hay thực thể: " + msg, "DTDs and entities are not allowed in edXML: " + msg), e);
            }
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            String whereVi = e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNumber() + ", cột "
                    + e.getLocation().getColumnNumber() + ")";
            return new EdxmlException(EdxmlProblem.of(EdxmlProblem.MALFORMED_XML, null,
                    "Tệp không phải XML hợp lệ" + whereVi + ": " + msg, "Not well-formed XML" + where + ": " + msg), e);
        }

        private EdxmlException tooLarge(String en, String vi) {
            return new EdxmlException(EdxmlProblem.of(EdxmlProblem.TOO_LARGE, null,
                    "Gói edXML vượt giới hạn: " + vi, "The edXML package exceeds a limit: " + en));
        }
    }

    static String stripCid(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.regionMatches(true, 0, "cid:", 0, 4)) {
            t = t.substring(4);
        }
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.isEmpty() ? null : t;
    }
}
