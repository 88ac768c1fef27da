package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Streaming writer of edXML messages. The XML skeleton (header, manifest, attachment
 * descriptions) is built as a small DOM, signed when a signer is given, then written out with
 * StAX; the attachments are base64-encoded straight from their sources into the output, on one
 * line (no wrapping), with a fixed buffer whatever their size. The manifest carries, per
 * attachment, its AttachmentSize and SHA-256 DigestValue (base64), computed by a first pass over
 * the source unless the source knows them; the second pass checks them again and fails if the
 * source changed in between. The output is always UTF-8, default namespace edXML, prefix
 * {@code ds} for the signature. Thread-safe.
 */
public final class EdxmlWriter {

    /** Bytes read and encoded at a time: a multiple of 3, so chunks join without padding. */
    private static final int CHUNK_BYTES = 3 * 2736;

    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    /**
     * Writes a document package.
     *
     * @param header      the header (checked: From, To, DocumentId, Code, date, known type, Subject)
     * @param attachments the attachments, the main document first; at least one
     * @param out         where the package goes (not closed)
     * @param signer      signs the package, or null for an unsigned package
     * @throws EdxmlException the header lacks something required, or there is no attachment
     * @throws IOException    reading a source or writing failed, or a source changed between passes
     */
    public void write(EdxmlHeader header, List<? extends AttachmentSource> attachments, OutputStream out,
                      EdxmlSigner signer) throws EdxmlException, IOException {
        List<EdxmlProblem> problems = HeaderCodec.checkForWriting(header);
        if (attachments == null || attachments.isEmpty()) {
            problems.add(EdxmlProblem.of(EdxmlProblem.NO_ATTACHMENT, EdxmlNames.ATTACHMENT_ENCODED,
                    "Gói văn bản phải có ít nhất một tệp đính kèm", "A document package needs at least one attachment"));
        }
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        List<EdxmlAttachmentInfo> infos = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (AttachmentSource s : attachments) {
            String cid = s.contentId() == null ? UUID.randomUUID().toString() : EdxmlReader.stripCid(s.contentId());
            if (!ids.add(cid)) {
                throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.UNLISTED_ATTACHMENT, "Attachment[" + cid + "]",
                        "Hai tệp đính kèm cùng ContentId " + cid, "Two attachments share the ContentId " + cid));
            }
            long size = s.knownSize();
            String sha = s.knownSha256();
            if (size < 0 || sha == null) {
                MessageDigest md = Base64Decoder.newSha256();
                long n = 0;
                byte[] buf = new byte[CHUNK_BYTES];
                try (InputStream in = s.open()) {
                    for (int r; (r = in.read(buf)) > 0; ) {
                        md.update(buf, 0, r);
                        n += r;
                    }
                }
                size = n;
                sha = Base64.getEncoder().encodeToString(md.digest());
            }
            infos.add(EdxmlAttachmentInfo.declared(cid, s.name(), s.contentType(), s.description(), size, sha));
        }

        Document doc = Dom.newDocument();
        Element root = doc.createElementNS(EdxmlNames.NS, EdxmlNames.ROOT);
        doc.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", EdxmlNames.NS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", EdxmlNames.XLINK_NS);
        Element envelope = Dom.add(root, EdxmlNames.ENVELOPE);
        Element h = Dom.add(envelope, EdxmlNames.HEADER);
        HeaderCodec.write(header, h);
        Element manifest = Dom.add(Dom.add(envelope, EdxmlNames.BODY), EdxmlNames.MANIFEST);
        manifest.setAttribute("version", "1.0");
        Element encoded = Dom.add(root, EdxmlNames.ATTACHMENT_ENCODED);
        Map<Element, Integer> contentSlots = new IdentityHashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            EdxmlAttachmentInfo a = infos.get(i);
            Element ref = Dom.add(manifest, EdxmlNames.REFERENCE);
            ref.setAttributeNS(EdxmlNames.XLINK_NS, "xlink:href", "cid:" + a.contentId());
            ref.setAttributeNS(EdxmlNames.XLINK_NS, "xlink:type", "simple");
            Dom.add(ref, "ContentId", a.contentId());
            Dom.add(ref, "AttachmentName", a.name());
            Dom.add(ref, "ContentType", a.contentType());
            Dom.add(ref, "Description", a.description());
            Dom.add(ref, "AttachmentSize", Long.toString(a.declaredSize()));
            Element digest = Dom.add(ref, "DigestValue", a.declaredSha256());
            digest.setAttribute("Algorithm", EdxmlNames.SHA256_URI);

            Element att = Dom.add(encoded, EdxmlNames.ATTACHMENT);
            Dom.add(att, "ContentId", a.contentId());
            Dom.add(att, "AttachmentName", a.name());
            Dom.add(att, "ContentType", a.contentType());
            Dom.add(att, "Description", a.description());
            contentSlots.put(Dom.add(att, EdxmlNames.CONTENT_TRANSFER_ENCODED), i);
        }
        sign(doc, h, signer);
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            writeNode(w, root, slot -> encode(w, out, attachments.get(slot), infos.get(slot)), contentSlots);
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the edXML package: " + e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * Writes a status message.
     *
     * @param signer signs it, or null
     * @throws EdxmlException a required field is missing (From, ResponseFor/DocumentId, StatusCode, Timestamp)
     */
    public void writeStatus(EdxmlStatus status, OutputStream out, EdxmlSigner signer) throws EdxmlException, IOException {
        List<EdxmlProblem> problems = HeaderCodec.checkForWriting(status);
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        Document doc = Dom.newDocument();
        Element root = doc.createElementNS(EdxmlNames.NS, EdxmlNames.ROOT);
        doc.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", EdxmlNames.NS);
        Element envelope = Dom.add(root, EdxmlNames.ENVELOPE);
        Element h = Dom.add(envelope, EdxmlNames.HEADER);
        HeaderCodec.writeStatus(status, h);
        sign(doc, h, signer);
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            writeNode(w, root, slot -> { }, Map.of());
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the edXML status: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void sign(Document doc, Element header, EdxmlSigner signer) throws IOException {
        if (signer == null) {
            return;
        }
        try {
            signer.sign(doc, header);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign the edXML message: " + e.getMessage(), e);
        }
    }

    private interface Slot {
        void write(int slot) throws XMLStreamException, IOException;
    }

    private static void writeNode(XMLStreamWriter w, Element e, Slot slot, Map<Element, Integer> slots)
            throws XMLStreamException, IOException {
        String prefix = e.getPrefix() == null ? "" : e.getPrefix();
        String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        w.writeStartElement(prefix, e.getLocalName(), ns);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                if ("xmlns".equals(a.getName())) {
                    w.writeDefaultNamespace(a.getValue());
                } else {
                    w.writeNamespace(a.getLocalName(), a.getValue());
                }
            }
        }
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            if (a.getNamespaceURI() == null) {
                w.writeAttribute(a.getLocalName() == null ? a.getName() : a.getLocalName(), a.getValue());
            } else {
                w.writeAttribute(a.getPrefix() == null ? "" : a.getPrefix(), a.getNamespaceURI(), a.getLocalName(), a.getValue());
            }
        }
        Integer s = slots.get(e);
        if (s != null) {
            slot.write(s);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> writeNode(w, (Element) n, slot, slots);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> w.writeCharacters(n.getNodeValue());
                case Node.PROCESSING_INSTRUCTION_NODE -> w.writeProcessingInstruction(n.getNodeName(), n.getNodeValue());
                default -> {
                    // comments are not written
                }
            }
        }
        w.writeEndElement();
    }

    /**
     * Base64 of the source, checking size and digest against the manifest. One line: XML parsers
     * hand a line-wrapped text over line by line, which costs a parser event per 76 characters.
     * The base64 alphabet needs no escaping and the output is UTF-8 (ASCII-compatible), so the
     * encoded bytes go straight to the output stream once the StAX writer has closed the start
     * tag and flushed: no per-character escaping pass over hundreds of megabytes.
     */
    private static void encode(XMLStreamWriter w, OutputStream out, AttachmentSource source, EdxmlAttachmentInfo info)
            throws XMLStreamException, IOException {
        Base64.Encoder enc = Base64.getEncoder();
        MessageDigest md = Base64Decoder.newSha256();
        byte[] buf = new byte[CHUNK_BYTES];
        byte[] text = new byte[CHUNK_BYTES / 3 * 4];
        long n = 0;
        w.writeCharacters("");
        w.flush();
        try (InputStream in = source.open()) {
            while (true) {
                int r = in.readNBytes(buf, 0, buf.length);
                if (r <= 0) {
                    break;
                }
                md.update(buf, 0, r);
                n += r;
                int len = r == buf.length ? enc.encode(buf, text) : enc.encode(java.util.Arrays.copyOf(buf, r), text);
                out.write(text, 0, len);
                if (r < buf.length) {
                    break;
                }
            }
        }
        String sha = Base64.getEncoder().encodeToString(md.digest());
        if (n != info.declaredSize() || !sha.equals(info.declaredSha256())) {
            throw new IOException("attachment " + info.name() + " changed while the package was written (size "
                    + n + " vs " + info.declaredSize() + ")");
        }
    }
}
