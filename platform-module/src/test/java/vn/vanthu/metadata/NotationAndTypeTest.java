package vn.vanthu.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NotationAndTypeTest {

    @Test
    void readsTheThreeNotationForms() {
        Notation decision = Notation.parse("4/QĐ-UBND").orElseThrow();
        assertEquals(4, decision.number());
        assertEquals("04/QĐ-UBND", decision.toString());
        assertEquals("QĐ", decision.firstSegment());
        assertEquals("UBND", decision.lastSegment());

        Notation decree = Notation.parse(" 34 / 2019 / NĐ - CP ").orElseThrow();
        assertEquals(2019, decree.year());
        assertEquals("34/2019/NĐ-CP", decree.toString());

        Notation letter = Notation.parse("112/PNV").orElseThrow();
        assertEquals("112/PNV", letter.toString());
        assertEquals("PNV", letter.firstSegment());

        assertFalse(Notation.parse("QĐ-UBND").isPresent());
        assertFalse(Notation.parse("0/QĐ-UBND").isPresent());
    }

    @Test
    void findsTypesByNameInAnyFormAndByAbbreviation() {
        assertEquals(DocumentType.QUYET_DINH, DocumentType.fromName("QUYẾT ĐỊNH").orElseThrow());
        assertEquals(DocumentType.QUYET_DINH,
                DocumentType.fromName(Normalizer.normalize("quyết  định", Normalizer.Form.NFD)).orElseThrow());
        assertEquals(DocumentType.QUY_DINH, DocumentType.fromName("Quy định").orElseThrow());
        assertEquals(DocumentType.GIAY_UY_QUYEN, DocumentType.fromName("GIẤY UỶ QUYỀN").orElseThrow());
        assertEquals(DocumentType.BAN_SAO_Y, DocumentType.fromName("SAO Y BẢN CHÍNH").orElseThrow());
        assertEquals(DocumentType.TO_TRINH, DocumentType.fromAbbreviation("TTr").orElseThrow());
        assertEquals(DocumentType.QUY_DINH, DocumentType.fromAbbreviation("QyĐ").orElseThrow());
        assertTrue(DocumentType.BAN_TRICH_SAO.isCopy());
        assertFalse(DocumentType.QUYET_DINH.isCopy());
        assertNull(DocumentType.CONG_VAN.abbreviation());
        assertFalse(DocumentType.fromAbbreviation("UBND").isPresent());
    }

    @Test
    void aLongDocumentIsReadAtItsHeadAndItsSignature() {
        StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ HỒ\n"
                + "Số: 30/BC-UBND   Phú Hồ, ngày 05 tháng 7 năm 2023\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2023\n");
        while (text.length() < 200_000) {
            text.append("Thực hiện nhiệm vụ, các bộ phận chuyên môn đã hoàn thành kế hoạch đề ra.\n");
        }
        text.append("Nơi nhận:   TM. ỦY BAN NHÂN DÂN\n- Lưu: VT.   CHỦ TỊCH\n   Nguyễn Văn Hùng\n");
        HeaderFields f = new HeaderParser().parse(text.toString());
        assertEquals("30/BC-UBND", f.codeNotation());
        assertEquals("Sơ kết 6 tháng đầu năm 2023", f.subject());
        assertEquals("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", f.signerPosition());
        assertEquals("Nguyễn Văn Hùng", f.signerFullName());
        assertNull(new HeaderParser().parse(null).codeNotation());
    }
}
