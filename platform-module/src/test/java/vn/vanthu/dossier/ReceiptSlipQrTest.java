package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.DecodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;

/** The slip prints the look-up address and a QR code of it that an independent decoder reads back. */
class ReceiptSlipQrTest {

    private static final Pattern VIEW = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\3z");

    private static ReceiptSlip slip(String lookupUrl) {
        Procedure birth = ProcedureCatalogue.defaults().require("1.001193", LocalDate.of(2023, 1, 19));
        return new ReceiptSlip("Ủy ban nhân dân xã Phú Hồ", "Phú Hồ", "H15.50.05.13-230119-0007", "Nguyễn Thị Lan", "Thôn 3",
                "0905123456", birth, "1.001193", "Đăng ký khai sinh", List.of("Tờ khai"), Instant.parse("2023-01-19T09:00:00Z"),
                Instant.parse("2023-01-27T10:00:00Z"), "vanthu1", lookupUrl);
    }

    /** The module matrix drawn by the SVG path of the page (quiet zone of 4 removed). */
    static BitMatrix matrixOf(String html) {
        Matcher view = VIEW.matcher(html);
        assertTrue(view.find(), "an inline SVG QR code");
        int size = Integer.parseInt(view.group(1)) - 8;
        BitMatrix m = new BitMatrix(size);
        String path = html.substring(html.indexOf(" d=\"", view.end()) + 4);
        path = path.substring(0, path.indexOf('"'));
        Matcher run = RUN.matcher(path);
        int consumed = 0;
        while (run.find()) {
            assertEquals(consumed, run.start(), "only runs in the path");
            consumed = run.end();
            int x = Integer.parseInt(run.group(1)) - 4;
            int y = Integer.parseInt(run.group(2)) - 4;
            m.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
        }
        assertEquals(path.length(), consumed);
        return m;
    }

    @Test
    void theSlipCarriesTheLookupAddressAndItsQrCode() throws Exception {
        String url = ReceiptSlip.lookupUrl("https://phuho.gov.vn/alfresco/s/vanthu/public/dossier?format=html", "H15.50.05.13-230119-0007");
        assertEquals("https://phuho.gov.vn/alfresco/s/vanthu/public/dossier?format=html&code=H15.50.05.13-230119-0007", url);
        String html = new ReceiptSlipRenderer().render(slip(url), "vi");
        assertTrue(html.contains("Tra cứu tình trạng hồ sơ tại:</b><br>https://phuho.gov.vn/alfresco/s/vanthu/public/dossier?format=html&amp;code="),
                html);
        String decoded = new Decoder().decode(matrixOf(html), Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        assertEquals(url, decoded);
        assertTrue(new ReceiptSlipRenderer().render(slip(url), "en").contains("Follow the dossier at"));
    }

    @Test
    void withoutAPortalAddressThereIsNoQrCode() {
        assertEquals(null, ReceiptSlip.lookupUrl("", "X-230119-0001"));
        assertEquals("https://p.vn/tra-cuu?code=X-230119-0001", ReceiptSlip.lookupUrl("https://p.vn/tra-cuu", "X-230119-0001"));
        assertFalse(new ReceiptSlipRenderer().render(slip(null), "vi").contains("<svg"));
    }
}
