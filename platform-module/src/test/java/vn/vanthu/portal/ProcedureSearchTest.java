package vn.vanthu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ProcedureCatalogue;

/** Search of the shipped catalogue as the public types it: without diacritics, by field, never as a query. */
class ProcedureSearchTest {

    private static final ProcedureCatalogue CATALOGUE = ProcedureCatalogue.defaults();
    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    private static List<String> codes(String field, String q) {
        return ProcedureSearch.search(CATALOGUE, DAY, field, q).stream().map(Procedure::code).toList();
    }

    @Test
    void wordsWithoutDiacriticsFindTheVietnameseName() {
        // Every word must occur: "Đăng ký lại khai sinh" has them all too.
        assertEquals(List.of("1.001193", "1.004884"), codes("", "dang ky khai sinh"));
        assertEquals(List.of("1.001193", "1.004884"), codes("", "ĐĂNG KÝ KHAI SINH"));
        // NFD input (as some keyboards send it) finds the same.
        assertEquals(List.of("1.001193", "1.004884"),
                codes("", java.text.Normalizer.normalize("Đăng ký khai sinh", java.text.Normalizer.Form.NFD)));
        assertEquals(List.of("1.004884"), codes("", "dang ky lai khai sinh"));
        assertEquals(List.of("1.000656"), codes("", "khai tu"));
        assertEquals(List.of("1.004845"), codes("", "cham dut giam ho"));
    }

    @Test
    void đIsFoldedToD() {
        // Unicode decomposition leaves đ alone; "dat dai" must still find "đất đai".
        assertEquals(List.of("1.013967"), codes("", "dat dai"));
        assertEquals(List.of("1.013967"), codes("", "Đất Đai"));
        assertEquals("dang ky ket hon", ProcedureSearch.key("Đăng  ký, kết hôn!"));
    }

    @Test
    void englishNamesCodesAndFieldsAreSearchedToo() {
        assertEquals(List.of("1.000894"), codes("", "marriage"));
        assertEquals(List.of("2.000815"), codes("", "2.000815"));
        assertEquals(List.of("2.000815", "2.000884", "2.001008", "2.001035", "2.001019"), codes("chung thuc", ""));
        assertEquals(codes("Chứng thực", ""), codes("Certification", ""));
        assertEquals(List.of("2.000884", "2.001008"), codes("Chứng thực", "chu ky"));
    }

    @Test
    void entriesNotInForceOnTheDayAreLeftOut() {
        List<Procedure> land2023 = ProcedureSearch.search(CATALOGUE, DAY, "", "tranh chap");
        assertEquals(1, land2023.size());
        assertEquals(45, land2023.get(0).time());
        assertEquals(30, ProcedureSearch.search(CATALOGUE, LocalDate.of(2025, 1, 2), "", "tranh chap").get(0).time());
        assertEquals(19, codes("", "").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "${7*7}", "<#assign x=1>", "TYPE:\"cm:content\"", "cm:name:*",
            "a OR =vt:applicantName:*", "khai sinh\" OR \"", "@{x}", "x\u0000y"})
    void queryAndMarkupSyntaxIsRefusedBeforeAnySearch(String q) {
        PublicInputException e = assertThrows(PublicInputException.class, () -> PublicInput.searchText("q", q, ProcedureSearch.MAX_QUERY));
        assertEquals("q", e.field());
        assertTrue(e.messageEn().contains("letters, digits"), e.messageEn());
    }

    @Test
    void wordsThatLookLikeQueryOperatorsAreOnlyWords() {
        // "OR", "AND", "NOT" pass the character check but are just words to match: nothing matches all of them.
        assertEquals(List.of(), codes("", PublicInput.searchText("q", "khai sinh OR ket hon", 200)));
    }

    @Test
    void tooLongTextIsRefused() {
        assertThrows(PublicInputException.class, () -> PublicInput.searchText("q", "a".repeat(201), 200));
        assertEquals("a".repeat(200), PublicInput.searchText("q", "a".repeat(200), 200));
    }
}
