package vn.vanthu.edxml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.signature.SigningFixtures;

/** Real-looking edXML headers (Vietnamese in every field) and a sink that keeps what it is given. */
public final class EdxmlSamples {

    private EdxmlSamples() {
    }

    public static EdxmlHeader header() {
        return EdxmlHeader.builder()
                .from(new EdxmlOrgan("H15.50.05.13", "Ủy ban nhân dân xã Phú Hồ", "Chủ tịch Nguyễn Văn Hùng",
                        "Thôn Phú Lương, xã Phú Hồ, huyện Phú Vang, tỉnh Thừa Thiên Huế", "ubndphuho@thuathienhue.gov.vn",
                        "0234 3861 234", "0234 3861 235", "https://phuho.phuvang.thuathienhue.gov.vn"))
                .addTo(EdxmlOrgan.of("H15.50", "Ủy ban nhân dân huyện Phú Vang"))
                .addTo(EdxmlOrgan.of("H15.50.20", "Phòng Nội vụ huyện Phú Vang"))
                .documentId("H15.50.05.13,2023/01/06,04/QĐ-UBND")
                .code("04", "QĐ-UBND")
                .promulgation("Phú Hồ", LocalDate.of(2023, 1, 6))
                .documentType(new EdxmlDocumentType(2, 0, "Quyết định"))
                .subject("Về việc ban hành Kế hoạch cải cách hành chính năm 2023")
                .content("Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2023 của Ủy ban nhân dân xã Phú Hồ.")
                .signer(new EdxmlSignerInfo("KT.", "Phó Chủ tịch", "Trần Thị Ánh Tuyết"))
                .dueDate(LocalDate.of(2023, 2, 28))
                .otherInfo(new EdxmlOtherInfo(1, 5, 3, "Lưu hành nội bộ", "TVC", false, List.of("Phụ lục I: Danh mục nhiệm vụ")))
                .addToPlace("UBND huyện Phú Vang")
                .addToPlace("Phòng Nội vụ huyện")
                .addToPlace("Lưu: VT, VP")
                .addResponseFor(new EdxmlResponseFor("H15.50", "112/UBND-NV", LocalDate.of(2022, 12, 20), "H15.50,2022/12/20,112/UBND-NV"))
                .addTrace(new EdxmlTraceHeader("H15.50.05.13", LocalDateTime.of(2023, 1, 6, 8, 30, 15)))
                .steeringType(0)
                .build();
    }

    /** A small real PDF (built with PDFBox) of about {@code size} bytes. */
    public static byte[] pdf(int size, long seed) throws IOException {
        return SigningFixtures.pdf(size, seed);
    }

    /** A signer for a test identity: its certificate, then the chain above it. */
    public static EdxmlSigner signer(SigningFixtures.Identity id) {
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(id.cert());
        chain.addAll(id.chain());
        return new EdxmlSigner(id.key(), chain);
    }

    /** Returns at most {@code max} bytes per read, varying from 1 up: a stream that hands over small, uneven pieces. */
    public static java.io.InputStream trickle(byte[] b, int max) {
        return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(b)) {
            private int n;

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                n = n % max + 1;
                return super.read(buf, off, Math.min(len, n));
            }
        };
    }

    /** An unsigned package of {@link #header()} with {@code attachment} as its one (PDF) attachment. */
    public static byte[] packed(byte[] attachment) throws IOException, EdxmlException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(header(), List.of(AttachmentSource.ofBytes(attachment, "04-QĐ-UBND.pdf", "application/pdf")), out, null);
        return out.toByteArray();
    }

    public static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Keeps every attachment in memory; records discardAll. */
    public static final class MemorySink implements AttachmentSink {
        public final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        public final List<EdxmlAttachmentInfo> opened = new ArrayList<>();
        public boolean discarded;
        public int closed;

        @Override
        public OutputStream open(EdxmlAttachmentInfo info) {
            ByteArrayOutputStream b = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed++;
                }
            };
            opened.add(info);
            files.put(info.contentId(), b);
            return b;
        }

        @Override
        public void discardAll() {
            discarded = true;
            files.clear();
        }

        public byte[] bytes(String contentId) {
            return files.get(contentId).toByteArray();
        }
    }
}
