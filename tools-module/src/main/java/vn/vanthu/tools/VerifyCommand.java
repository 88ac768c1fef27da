package vn.vanthu.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.TrustStore;
import vn.vanthu.signature.ValidationPolicy;
import vn.vanthu.signature.VerificationResult;
import vn.vanthu.json.LineSafeJson;

/**
 * {@code verify [--trust CERT_OR_DIR]... [--tsa-trust CERT_OR_DIR]... [--validity-model shell|chain]
 * [--ocsp-max-age DURATION] [--detached SIG] FILE...}: one JSON object per file and line. The
 * shipped Government root (VGCA) is always trusted; {@code --trust} adds certificates (DER or PEM
 * files, or directories of them) and CRLs; {@code --tsa-trust} adds anchors trusted for timestamps
 * only (the ordinary anchors count for timestamps too). With {@code --detached}, each FILE is
 * checked against that CMS signature instead of its embedded ones.
 */
public final class VerifyCommand implements Main.Command {

    private static final ObjectMapper JSON = LineSafeJson.mapper();

    @Override
    public String usage() {
        return "[--trust CERT_OR_DIR]... [--tsa-trust CERT_OR_DIR]... [--validity-model shell|chain] "
                + "[--ocsp-max-age P7D] [--detached SIG] FILE...  "
                + "Kiểm tra chữ ký số của tệp PDF hoặc chữ ký rời .p7s / Verify PDF or detached .p7s signatures";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        TrustStore.Builder trust = TrustStore.builder().addGovernmentRoot();
        TrustStore.Builder tsaTrust = TrustStore.builder();
        ValidationPolicy policy = ValidationPolicy.defaults();
        Path detached = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--validity-model".equals(a) || "--ocsp-max-age".equals(a)) {
                if (i + 1 >= args.length) {
                    throw new Main.UsageException("Thiếu giá trị sau / Missing value after " + a);
                }
                try {
                    policy = "--validity-model".equals(a)
                            ? policy.withValidityModel(ValidationPolicy.ValidityModel.parse(args[++i]))
                            : policy.withOcspMaxAge(ValidationPolicy.parseDuration(args[++i]));
                } catch (IllegalArgumentException e) {
                    throw new Main.UsageException(e.getMessage());
                }
            } else if ("--trust".equals(a) || "--tsa-trust".equals(a) || "--detached".equals(a)) {
                if (i + 1 >= args.length) {
                    throw new Main.UsageException("Thiếu giá trị sau / Missing value after " + a);
                }
                Path p = Path.of(args[++i]);
                if (!Files.exists(p)) {
                    throw new Main.UsageException("Không tìm thấy / Not found: " + p);
                }
                if ("--trust".equals(a)) {
                    load(trust, p);
                } else if ("--tsa-trust".equals(a)) {
                    load(tsaTrust, p);
                } else if (detached != null) {
                    throw new Main.UsageException("Chỉ một --detached / Only one --detached");
                } else {
                    detached = p;
                }
            } else if (a.startsWith("--")) {
                throw new Main.UsageException("Tùy chọn không hợp lệ / Unknown option: " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new Main.UsageException("Chưa chỉ định tệp / No FILE given");
        }
        TrustStore store = trust.build();
        store.warnings().forEach(err::println);
        TrustStore tsaStore = tsaTrust.build();
        tsaStore.warnings().forEach(err::println);
        SignatureVerifier verifier = new SignatureVerifier(store, policy.withTsaTrust(tsaStore, true), Clock.systemUTC());
        byte[] signature = detached == null ? null : SignatureVerifier.readSignatureFile(detached);
        for (Path f : files) {
            VerificationResult r = signature == null ? verifier.verifyPdf(f) : verifier.verifyDetached(f, signature);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", f.toString());
            line.putAll(r.toMap());
            out.println(JSON.writeValueAsString(line));
        }
        return Main.EXIT_OK;
    }

    private static void load(TrustStore.Builder trust, Path p) throws Main.UsageException {
        try {
            trust.load(p);
        } catch (IOException e) {
            throw new Main.UsageException("Không đọc được / Cannot read " + p + ": " + e.getMessage());
        }
    }
}
