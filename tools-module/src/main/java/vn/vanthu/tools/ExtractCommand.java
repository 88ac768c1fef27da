package vn.vanthu.tools;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tika.Tika;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.metadata.HeaderFields;
import vn.vanthu.metadata.HeaderParser;
import vn.vanthu.json.LineSafeJson;

/**
 * {@code extract FILE...}: reads the header and signature block of each document (PDF, DOCX,
 * ODT, DOC, TXT: anything Apache Tika extracts text from) and prints one JSON object per file,
 * one per line, with the vt content model's property names. A file that cannot be read is
 * reported on the error stream and the others are still processed (exit code 1).
 */
public final class ExtractCommand implements Main.Command {

    /** Text beyond this many characters is not read: the header is on page 1, the signature near it. */
    private static final int MAX_CHARS = 2_000_000;

    private final Tika tika = new Tika();
    private final HeaderParser parser = new HeaderParser();
    private final ObjectMapper json = LineSafeJson.mapper();

    @Override
    public String usage() {
        return "FILE...  read number, date, issuer, subject and signer of each document as JSON"
                + " / đọc số, ngày, cơ quan ban hành, trích yếu, người ký của từng văn bản (JSON)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            throw new Main.UsageException("No file given / Chưa chỉ định tệp");
        }
        int exit = Main.EXIT_OK;
        tika.setMaxStringLength(MAX_CHARS);
        for (String arg : args) {
            Path file = Path.of(arg);
            if (!Files.isRegularFile(file)) {
                err.println(arg + ": not a readable file / không đọc được tệp");
                exit = Main.EXIT_FAILED;
                continue;
            }
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                text = tika.parseToString(in);
            } catch (Exception | LinkageError e) {
                err.println(arg + ": no text could be extracted / không trích được văn bản: " + e.getMessage());
                exit = Main.EXIT_FAILED;
                continue;
            }
            out.println(json.writeValueAsString(fields(parser.parse(text))));
        }
        return exit;
    }

    /** The JSON object of one document: content model names without the vt prefix, plus place. */
    static Map<String, Object> fields(HeaderFields f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("typeName", f.typeName());
        m.put("codeNumber", f.codeNumber());
        m.put("codeNotation", f.codeNotation());
        m.put("issuedDate", f.issuedDate() == null ? null : f.issuedDate().toString());
        m.put("organName", f.organName());
        m.put("subject", f.subject());
        m.put("signerPosition", f.signerPosition());
        m.put("signerFullName", f.signerFullName());
        m.put("place", f.place());
        return m;
    }
}
