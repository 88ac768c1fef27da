package vn.vanthu.tools;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlAttachmentInfo;
import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlFormats;
import vn.vanthu.edxml.EdxmlHeader;
import vn.vanthu.edxml.EdxmlHeaderMaps;
import vn.vanthu.edxml.EdxmlMapping;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlOrgan;
import vn.vanthu.edxml.EdxmlPackage;
import vn.vanthu.edxml.EdxmlProblem;
import vn.vanthu.edxml.EdxmlReader;
import vn.vanthu.edxml.EdxmlSignatureResult;
import vn.vanthu.edxml.EdxmlSignatureVerifier;
import vn.vanthu.edxml.EdxmlSigner;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.edxml.VanthuDocumentFields;
import vn.vanthu.signature.TrustStore;

/**
 * {@code edxml validate|unpack|pack}: edXML (QCVN 102) packages on the command line, one JSON
 * line per file. {@code validate} reads packages without keeping anything; {@code unpack} writes
 * a package's attachments and a metadata.json into a folder (nothing is left behind when the
 * package is refused); {@code pack} builds a package from a PDF, its metadata and more
 * attachments, optionally signed with a PKCS#12 key store. The Government root is always
 * trusted; {@code --trust} adds anchors as for {@code verify}.
 */
public final class EdxmlCommand implements Main.Command {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Environment variable holding the key store password when --password is not given. */
    static final String PASSWORD_ENV = "VANTHU_KEYSTORE_PASSWORD";

    @Override
    public String usage() {
        return "validate [--trust CERT_OR_DIR]... PKG... | unpack [--trust CERT_OR_DIR]... PKG --out DIR"
                + " | pack --pdf FILE --metadata META.json [--attach FILE]... --out PKG [--sign P12 [--alias A] [--password P]]  "
                + "Kiểm tra, giải nén, đóng gói edXML / Validate, unpack, pack edXML packages";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            throw new Main.UsageException("Thiếu validate, unpack hay pack / Missing validate, unpack or pack");
        }
        Options o = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "validate" -> validate(o, out, err);
            case "unpack" -> unpack(o, out, err);
            case "pack" -> pack(o, out);
            default -> throw new Main.UsageException("Lệnh con không hợp lệ / Unknown subcommand: " + args[0]);
        }
        return Main.EXIT_OK;
    }

    /** Parsed options: flags with values and the remaining file arguments. */
    static final class Options {
        final List<Path> trust = new ArrayList<>();
        final List<Path> attach = new ArrayList<>();
        final List<Path> files = new ArrayList<>();
        Path out;
        Path pdf;
        Path metadata;
        Path sign;
        String alias;
        String password;

        static Options parse(String[] args) throws Main.UsageException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    o.files.add(Path.of(a));
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new Main.UsageException("Thiếu giá trị sau / Missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--trust" -> o.trust.add(existing(v));
                    case "--attach" -> o.attach.add(existing(v));
                    case "--pdf" -> o.pdf = once(o.pdf, a, existing(v));
                    case "--metadata" -> o.metadata = once(o.metadata, a, existing(v));
                    case "--sign" -> o.sign = once(o.sign, a, existing(v));
                    case "--out" -> o.out = once(o.out, a, Path.of(v));
                    case "--alias" -> o.alias = v;
                    case "--password" -> o.password = v;
                    default -> throw new Main.UsageException("Tùy chọn không hợp lệ / Unknown option: " + a);
                }
            }
            return o;
        }

        private static Path existing(String v) throws Main.UsageException {
            Path p = Path.of(v);
            if (!Files.exists(p)) {
                throw new Main.UsageException("Không tìm thấy / Not found: " + p);
            }
            return p;
        }

        private static Path once(Path current, String flag, Path p) throws Main.UsageException {
            if (current != null) {
                throw new Main.UsageException("Chỉ một " + flag + " / Only one " + flag);
            }
            return p;
        }

        EdxmlReader reader(PrintStream err) throws Main.UsageException {
            TrustStore.Builder b = TrustStore.builder().addGovernmentRoot();
            for (Path p : trust) {
                try {
                    b.load(p);
                } catch (IOException e) {
                    throw new Main.UsageException("Không đọc được / Cannot read " + p + ": " + e.getMessage());
                }
            }
            TrustStore store = b.build();
            store.warnings().forEach(err::println);
            return new EdxmlReader(new EdxmlSignatureVerifier(store));
        }
    }

    // ------------------------------------------------------------------ validate

    private void validate(Options o, PrintStream out, PrintStream err) throws Exception {
        if (o.files.isEmpty()) {
            throw new Main.UsageException("Chưa chỉ định gói edXML / No PKG given");
        }
        if (o.out != null || o.pdf != null || o.metadata != null || o.sign != null || !o.attach.isEmpty()) {
            throw new Main.UsageException("validate chỉ nhận --trust / validate takes --trust only");
        }
        EdxmlReader reader = o.reader(err);
        for (Path f : o.files) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", f.toString());
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                EdxmlMessage m = reader.readMessage(in, AttachmentSink.discarding());
                line.put("valid", true);
                describe(m, line);
            } catch (EdxmlException e) {
                line.put("valid", false);
                line.put("problems", problems(e.problems()));
            } catch (IOException e) {
                line.put("valid", false);
                line.put("error", e.toString());
            }
            out.println(JSON.writeValueAsString(line));
        }
    }

    private static void describe(EdxmlMessage m, Map<String, Object> line) {
        if (m instanceof EdxmlPackage p) {
            line.put("kind", "document");
            line.put("documentId", p.header().documentId());
            line.put("code", p.header().numberAndNotation());
            line.put("from", p.header().from().organName());
            line.put("subject", p.header().subject());
            line.put("attachments", attachments(p.attachments(), null));
            line.put("signature", signature(p.signature()));
        } else if (m instanceof EdxmlStatus s) {
            line.put("kind", "status");
            line.put("documentId", s.documentId());
            line.put("statusCode", s.statusCode().code());
            line.put("status", s.statusCode().vi() + " / " + s.statusCode().en());
            line.put("from", s.from().organId());
            line.put("timestamp", s.timestamp() == null ? null : s.timestamp().toString());
            if (s.description() != null) {
                line.put("description", s.description());
            }
        }
    }

    private static List<Object> attachments(List<EdxmlAttachmentInfo> list, Map<String, String> files) {
        List<Object> out = new ArrayList<>();
        for (EdxmlAttachmentInfo a : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contentId", a.contentId());
            m.put("name", a.name());
            m.put("contentType", a.contentType());
            if (a.description() != null) {
                m.put("description", a.description());
            }
            m.put("size", a.actualSize() >= 0 ? a.actualSize() : a.declaredSize());
            m.put("sha256", a.actualSha256() != null ? a.actualSha256() : a.declaredSha256());
            if (files != null && files.containsKey(a.contentId())) {
                m.put("file", files.get(a.contentId()));
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> signature(EdxmlSignatureResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", s.status().name());
        if (s.signer() != null) {
            m.put("signer", s.signer());
        }
        if (s.anchor() != null) {
            m.put("anchor", s.anchor());
        }
        m.put("reasons", problems(s.reasons()));
        return m;
    }

    private static List<Object> problems(List<EdxmlProblem> problems) {
        List<Object> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.toMap()));
        return out;
    }

    // ------------------------------------------------------------------ unpack

    private void unpack(Options o, PrintStream out, PrintStream err) throws Exception {
        if (o.files.size() != 1 || o.out == null) {
            throw new Main.UsageException("Cần đúng một gói và --out DIR / Exactly one PKG and --out DIR are required");
        }
        if (o.pdf != null || o.metadata != null || o.sign != null || !o.attach.isEmpty()) {
            throw new Main.UsageException("unpack chỉ nhận --trust và --out / unpack takes --trust and --out only");
        }
        Path pkg = o.files.get(0);
        Path dir = o.out;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Main.UsageException("--out phải là thư mục / --out must be a directory: " + dir);
        }
        Files.createDirectories(dir);
        EdxmlReader reader = o.reader(err);
        FolderSink sink = new FolderSink(dir);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", pkg.toString());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(pkg), 1 << 16)) {
            EdxmlPackage p = reader.read(in, sink);
            Map<String, String> files = sink.commit();
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("header", EdxmlHeaderMaps.toMap(p.header()));
            meta.put("attachments", attachments(p.attachments(), files));
            meta.put("signature", signature(p.signature()));
            try {
                EdxmlMapping.Incoming in2 = EdxmlMapping.incoming(p.header());
                meta.put("fields", fieldsJson(in2.fields()));
                if (!in2.warnings().isEmpty()) {
                    meta.put("warnings", problems(in2.warnings()));
                }
            } catch (EdxmlException e) {
                meta.put("warnings", problems(e.problems()));
            }
            Path metadata = dir.resolve("metadata.json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(metadata.toFile(), meta);
            line.put("ok", true);
            line.put("out", dir.toString());
            line.put("documentId", p.header().documentId());
            line.put("metadata", metadata.toString());
            line.put("attachments", attachments(p.attachments(), files));
            line.put("signature", p.signature().status().name());
        } catch (EdxmlException e) {
            line.put("ok", false);
            line.put("problems", problems(e.problems()));
        }
        out.println(JSON.writeValueAsString(line));
    }

    private static Map<String, Object> fieldsJson(VanthuDocumentFields f) {
        Map<String, Object> m = new LinkedHashMap<>();
        f.toMap().forEach((k, v) -> m.put(k, v instanceof java.time.LocalDate d ? d.toString() : v));
        return m;
    }

    /**
     * Writes each attachment to a hidden part file in the folder; {@link #commit()} renames them to
     * their (sanitised, de-duplicated) names, {@link #discardAll()} deletes them.
     */
    static final class FolderSink implements AttachmentSink {
        private final Path dir;
        private final Map<String, Path> parts = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Set<String> used = new HashSet<>();

        FolderSink(Path dir) {
            this.dir = dir;
            used.add("metadata.json");
        }

        @Override
        public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
            String key = info.contentId() == null ? "#" + (parts.size() + 1) : info.contentId();
            Path part = Files.createTempFile(dir, ".edxml-", ".part");
            parts.put(key, part);
            names.put(key, uniqueName(safeName(info.name(), parts.size())));
            return new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
        }

        private String uniqueName(String name) {
            String n = name;
            int dot = name.lastIndexOf('.');
            for (int i = 2; used.contains(n.toLowerCase(Locale.ROOT)) || Files.exists(dir.resolve(n)); i++) {
                n = dot > 0 ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot) : name + " (" + i + ")";
            }
            used.add(n.toLowerCase(Locale.ROOT));
            return n;
        }

        Map<String, String> commit() throws IOException {
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, Path> e : parts.entrySet()) {
                Path target = dir.resolve(names.get(e.getKey()));
                try {
                    Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(e.getValue(), target);
                }
                out.put(e.getKey(), target.getFileName().toString());
            }
            parts.clear();
            return out;
        }

        @Override
        public void discardAll() {
            for (Path p : parts.values()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the part file is hidden and named .part
                }
            }
            parts.clear();
        }
    }

    /** A file name without directories, control or reserved characters; "attachment-N" when nothing is left. */
    static String safeName(String name, int index) {
        String n = name == null ? "" : name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        n = n.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isEmpty()) {
            n = "attachment-" + index;
        }
        if (n.length() > 200) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, 200 - ext.length()) + ext;
        }
        return n;
    }

    // ------------------------------------------------------------------ pack

    private void pack(Options o, PrintStream out) throws Exception {
        if (o.pdf == null || o.metadata == null || o.out == null) {
            throw new Main.UsageException("Cần --pdf, --metadata và --out / --pdf, --metadata and --out are required");
        }
        if (!o.files.isEmpty() || !o.trust.isEmpty()) {
            throw new Main.UsageException("Đối số thừa / Unexpected arguments: " + o.files);
        }
        if (o.sign == null && (o.alias != null || o.password != null)) {
            throw new Main.UsageException("--alias và --password đi cùng --sign / --alias and --password go with --sign");
        }
        Map<String, Object> meta;
        try {
            meta = JSON.readValue(o.metadata.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new Main.UsageException("metadata không phải JSON / metadata is not JSON: " + e.getMessage());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", o.out.toString());
        EdxmlHeader header;
        try {
            header = headerFrom(meta);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("metadata: " + e.getMessage());
        } catch (EdxmlException e) {
            line.put("ok", false);
            line.put("problems", problems(e.problems()));
            out.println(JSON.writeValueAsString(line));
            return;
        }
        EdxmlSigner signer = null;
        if (o.sign != null) {
            String password = o.password != null ? o.password : System.getenv(PASSWORD_ENV);
            if (password == null) {
                throw new Main.UsageException("Cần --password hoặc biến " + PASSWORD_ENV + " / --password or " + PASSWORD_ENV + " is required");
            }
            try {
                signer = EdxmlSigner.fromKeyStore(o.sign, password.toCharArray(), o.alias);
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new Main.UsageException("Không mở được kho khóa / Cannot open the key store " + o.sign + ": " + e.getMessage());
            }
        }
        List<AttachmentSource> sources = new ArrayList<>();
        sources.add(AttachmentSource.ofFile(o.pdf, "application/pdf"));
        for (Path a : o.attach) {
            sources.add(AttachmentSource.ofFile(a, contentType(a)));
        }
        Path parent = o.out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = Files.createTempFile(parent, ".edxml-", ".part");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                new EdxmlWriter().write(header, sources, os, signer);
            }
            Files.move(part, o.out, StandardCopyOption.REPLACE_EXISTING);
        } catch (EdxmlException e) {
            line.put("ok", false);
            line.put("problems", problems(e.problems()));
            out.println(JSON.writeValueAsString(line));
            return;
        } finally {
            Files.deleteIfExists(part);
        }
        line.put("ok", true);
        line.put("documentId", header.documentId());
        line.put("code", header.numberAndNotation());
        line.put("size", Files.size(o.out));
        line.put("signed", signer != null);
        List<Object> names = new ArrayList<>();
        sources.forEach(s -> names.add(s.name()));
        line.put("attachments", names);
        out.println(JSON.writeValueAsString(line));
    }

    /**
     * The header from a metadata JSON: either an edXML header ({@code header} as written by
     * unpack, or the header keys at the top level), or Vanthu fields ({@code fields}) with
     * {@code from}, {@code to} and optionally {@code documentId} and {@code sentAt}.
     */
    @SuppressWarnings("unchecked")
    static EdxmlHeader headerFrom(Map<String, Object> meta) throws EdxmlException {
        Object fields = meta.get("fields");
        Object header = meta.get("header");
        if (header instanceof Map<?, ?> h) {
            return EdxmlHeaderMaps.fromMap((Map<String, ?>) h);
        }
        if (!(fields instanceof Map<?, ?> f)) {
            return EdxmlHeaderMaps.fromMap(meta);
        }
        VanthuDocumentFields vf = VanthuDocumentFields.fromMap((Map<String, ?>) f);
        if (!(meta.get("from") instanceof Map<?, ?> from)) {
            throw new IllegalArgumentException("from: the issuing agency {organId, organName} is required / cần cơ quan gửi");
        }
        List<EdxmlOrgan> to = new ArrayList<>();
        if (meta.get("to") instanceof List<?> list) {
            for (Object x : list) {
                if (x instanceof Map<?, ?> m) {
                    to.add(EdxmlHeaderMaps.organ((Map<String, ?>) m));
                }
            }
        }
        EdxmlOrgan sender = EdxmlHeaderMaps.organ((Map<String, ?>) from);
        String documentId = meta.get("documentId") == null ? null : meta.get("documentId").toString();
        if (documentId == null && vf.codeNumber() != null && vf.issuedDate() != null) {
            documentId = sender.organId() + "," + EdxmlFormats.formatDate(vf.issuedDate()) + ","
                    + (vf.codeNumber() < 10 ? "0" : "") + vf.codeNumber() + "/" + vf.codeNotation();
        }
        LocalDateTime sentAt = meta.get("sentAt") == null ? LocalDateTime.now(EdxmlFormats.VIETNAM)
                : EdxmlFormats.parseTime(meta.get("sentAt").toString());
        return EdxmlMapping.outgoing(vf, sender, to, documentId, sentAt);
    }

    static String contentType(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (n.endsWith(".doc")) {
            return "application/msword";
        }
        if (n.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (n.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        if (n.endsWith(".xml")) {
            return "application/xml";
        }
        if (n.endsWith(".zip")) {
            return "application/zip";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
