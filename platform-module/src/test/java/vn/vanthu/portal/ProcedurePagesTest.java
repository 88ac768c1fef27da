package vn.vanthu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ProcedureCatalogue;

class ProcedurePagesTest {

    private static final List<Procedure> BIRTH = ProcedureSearch.search(ProcedureCatalogue.defaults(), LocalDate.of(2023, 6, 1), "",
            "1.001193");
    private static final FeedbackContact CONTACT = new FeedbackContact("Số 1 đường Trần Hưng Đạo, xã Phú Hồ", "0234 3861 234",
            "ubndphuho@thuathienhue.gov.vn");

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasEveryPublishedFieldInTheLanguageAsked() {
        Map<String, Object> vi = ProcedurePages.json(BIRTH, CONTACT, PortalMessages.of(true));
        Map<String, Object> item = ((List<Map<String, Object>>) vi.get("procedures")).get(0);
        assertEquals("1.001193", item.get("code"));
        assertEquals("Đăng ký khai sinh", item.get("name"));
        assertEquals("Hộ tịch", item.get("field"));
        assertEquals("Tư pháp - Hộ tịch", item.get("unit"));
        assertEquals("Trong ngày làm việc (nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo)",
                ((Map<String, Object>) item.get("legalTime")).get("text"));
        assertTrue(((String) item.get("fee")).startsWith("Miễn lệ phí"));
        assertEquals(4, ((List<?>) item.get("papers")).size());
        assertEquals(3, ((List<?>) item.get("channels")).size());
        assertTrue(((String) item.get("results")).startsWith("Giấy khai sinh"));
        assertEquals(Map.of("address", CONTACT.address(), "phone", CONTACT.phone(), "email", CONTACT.email()), vi.get("feedback"));

        Map<String, Object> en = ((List<Map<String, Object>>) ProcedurePages.json(BIRTH, CONTACT, PortalMessages.of(false))
                .get("procedures")).get(0);
        assertEquals("Birth registration", en.get("name"));
        assertEquals("Civil status", en.get("field"));
        assertEquals("Birth registration form", ((List<?>) en.get("papers")).get(0));
        assertEquals("Same working day (received after 15:00: the next working day)", ((Map<String, Object>) en.get("legalTime")).get("text"));
    }

    @Test
    void htmlEscapesWhatItEchoesAndRunsNoScript() {
        String page = ProcedurePages.html(BIRTH, "", "\"><script>alert(1)</script>${7*7}", CONTACT, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ",
                PortalMessages.of(true));
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("${"), page);
        assertTrue(page.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#36;&#123;7*7&#125;\""), page);
        assertTrue(page.contains("<h2>1.001193 &ndash; Đăng ký khai sinh</h2>"));
        assertTrue(page.contains("ubndphuho@thuathienhue.gov.vn"));
        assertTrue(page.contains("<html lang=\"vi\">"));
    }
}
