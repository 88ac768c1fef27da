package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.dossier.AppointmentCalculatorTest.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptSlipRendererTest {

    private final ReceiptSlipRenderer renderer = new ReceiptSlipRenderer();
    private final Procedure birth = ProcedureCatalogue.defaults().require("1.001193", LocalDate.of(2023, 1, 19));
    private final ReceiptSlip slip = new ReceiptSlip("Ủy ban nhân dân xã Phú Hồ", "Phú Hồ", "H15.50.05.13-230119-0007",
            "Nguyễn Văn <An>", "Thôn Thanh Hà, xã Phú Hồ", "0912 345 678", birth, "1.001193", null,
            List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh (bản chính)"), at(2023, 1, 19, 16, 0), at(2023, 1, 27, 17, 0), "Lê Thị Hoa");

    @Test
    void vietnameseSlip() {
        String html = renderer.render(slip, "vi");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<html lang=\"vi\">"));
        assertContains(html,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ",
                "Phú Hồ, ngày 19 tháng 01 năm 2023",
                "H15.50.05.13-230119-0007");
        assertTrue(html.contains("Nguyễn Văn &lt;An&gt;"), "applicant escaped");
        assertFalse(html.contains("<An>"));
        assertContains(html,
                "Đăng ký khai sinh (mã thủ tục 1.001193)",
                "<td>2</td><td>Giấy chứng sinh (bản chính)</td>",
                "trong ngày làm việc (hồ sơ nhận sau 15 giờ được tính từ ngày làm việc tiếp theo)",
                "16 giờ 00 phút, thứ Năm ngày 19/01/2023",
                "17 giờ 00 phút, thứ Sáu ngày 27/01/2023",
                "@media print",
                "Lê Thị Hoa");
    }

    @Test
    void englishSlip() {
        String html = renderer.render(slip, "en");
        assertContains(html,
                "<html lang=\"en\">",
                "SOCIALIST REPUBLIC OF VIETNAM",
                "Independence - Freedom - Happiness",
                "RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT",
                "Birth registration (procedure code 1.001193)",
                "16:00, Thursday 19/01/2023",
                "17:00, Friday 27/01/2023");
        assertFalse(html.contains("GIẤY TIẾP NHẬN"));
    }

    @Test
    void dateLineFollowsDecree30() {
        assertEquals("Phú Hồ, ngày 06 tháng 01 năm 2023", ReceiptSlipRenderer.dateLine("Phú Hồ", LocalDateTime.of(2023, 1, 6, 8, 0), true));
        assertEquals("Phú Hồ, ngày 06 tháng 12 năm 2023", ReceiptSlipRenderer.dateLine("Phú Hồ", LocalDateTime.of(2023, 12, 6, 8, 0), true));
        assertEquals("ngày 15 tháng 3 năm 2023", ReceiptSlipRenderer.dateLine(null, LocalDateTime.of(2023, 3, 15, 8, 0), true));
    }

    @Test
    void slipWithoutCatalogueEntryOrPapers() {
        ReceiptSlip bare = new ReceiptSlip(null, null, "X-230119-0001", "Trần B", null, null, null, "1.000000", "Thủ tục cũ",
                List.of(), at(2023, 1, 19, 9, 0), null, null);
        String html = renderer.render(bare, "vi");
        assertContains(html,
                "Thủ tục cũ (mã thủ tục 1.000000)",
                "không có giấy tờ nào",
                "sẽ thông báo sau");
        assertFalse(html.contains("Thời gian giải quyết hồ sơ theo quy định"));
    }

    /** Asserts that the slip holds each text, naming the first one it lacks. */
    private static void assertContains(String html, String... texts) {
        for (String text : texts) {
            assertTrue(html.contains(text), () -> "slip lacks: " + text);
        }
    }
}
