package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureCatalogueTest {

    private static final String HEADER = "code;name_vi;name_en;field;handling_unit;time;unit;cutoff_15h;valid_from;valid_to\n";
    private final ProcedureCatalogue catalogue = ProcedureCatalogue.defaults();
    private final LocalDate day = LocalDate.of(2023, 6, 1);

    @Test
    void shippedCommuneProcedures() {
        Procedure birth = catalogue.require("1.001193", day);
        assertEquals("Đăng ký khai sinh", birth.nameVi());
        assertEquals("Hộ tịch", birth.field());
        assertEquals("Tư pháp - Hộ tịch", birth.handlingUnit());
        assertEquals(0, birth.time());
        assertEquals(LegalTimeUnit.WORKING_DAYS, birth.unit());
        assertTrue(birth.cutOff());
        for (String sameDay : new String[] {"1.000894", "1.000656", "2.000815", "2.000884"}) {
            Procedure p = catalogue.require(sameDay, day);
            assertEquals(0, p.time(), sameDay);
            assertTrue(p.cutOff(), sameDay);
        }
        assertEquals("Chứng thực", catalogue.require("2.000815", day).field());
        for (String threeDays : new String[] {"1.004837", "1.001022", "1.004859"}) {
            assertEquals(3, catalogue.require(threeDays, day).time(), threeDays);
        }
        assertFalse(catalogue.require("1.001776", day).cutOff());
        assertEquals("Birth registration", birth.name("en"));
        assertEquals("Đăng ký khai sinh", birth.name("vi"));
    }

    @Test
    void entryInForceOnTheDayOfReceipt() {
        assertEquals(45, catalogue.require("1.013967", LocalDate.of(2023, 3, 1)).time());
        assertEquals(30, catalogue.require("1.013967", LocalDate.of(2024, 8, 1)).time());
        assertTrue(catalogue.find("2.000815", LocalDate.of(2015, 4, 9)).isEmpty());
        DossierConfigurationException e = assertThrows(DossierConfigurationException.class,
                () -> catalogue.require("2.000815", LocalDate.of(2015, 4, 9)));
        assertTrue(e.getMessage().contains("không có thời hạn áp dụng"), e.getMessage());
        e = assertThrows(DossierConfigurationException.class, () -> catalogue.require("9.000000", day));
        assertTrue(e.getMessage().contains("Unknown procedure code"), e.getMessage());
    }

    @Test
    void administratorFileReplacesACode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("procedures.csv");
        Files.writeString(file, HEADER
                + "1.000894;Đăng ký kết hôn;Marriage registration;Hộ tịch;Tư pháp - Hộ tịch;5;WORKING_DAYS;yes;;\n"
                + "1.999999;Thủ tục địa phương;Local procedure;Khác;Văn phòng - Thống kê;2;MONTHS;no;2023-01-01;2023-12-31\n");
        ProcedureCatalogue merged = catalogue.overriddenBy(ProcedureCatalogue.read(file));
        assertEquals(5, merged.require("1.000894", day).time());
        assertEquals(LegalTimeUnit.MONTHS, merged.require("1.999999", day).unit());
        assertEquals(0, merged.require("1.001193", day).time());
        assertEquals(catalogue.all().size() + 1, merged.all().size());
    }

    @Test
    void badLinesAreRefusedWithTheLineAndTheReason() {
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WEEKS;yes;;\n", "line/dòng 2", "HOURS, WORKING_DAYS, DAYS or MONTHS");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;yes\n", "line/dòng 2", "10 or 20 columns");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;yes;;;Civil status;;;;;;BY_PIGEON;;;\n", "line/dòng 2",
                "IN_PERSON, ONLINE or POSTAL");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;năm;WORKING_DAYS;yes;;\n", "line/dòng 2", "whole number");
        assertError("khai sinh;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;yes;;\n", "line/dòng 2", "1.001193");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;maybe;;\n", "line/dòng 2", "yes or no");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;yes;2023-02-30;\n", "line/dòng 2", "yyyy-MM-dd");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;yes;2023-01-01;2022-01-01\n", "line/dòng 2", "valid_to before valid_from");
        assertError("1.000894;Kết hôn;;Hộ tịch;Tư pháp;5;WORKING_DAYS;yes;2023-01-01;\n"
                + "1.000894;Kết hôn;;Hộ tịch;Tư pháp;3;WORKING_DAYS;yes;2023-06-01;\n", "line/dòng 3", "overlaps");
    }

    private static void assertError(String body, String where, String what) {
        DossierConfigurationException e = assertThrows(DossierConfigurationException.class,
                () -> ProcedureCatalogue.parse(new StringReader(HEADER + body), "p.csv"));
        assertTrue(e.getMessage().startsWith("p.csv " + where) && e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void theShippedCatalogueCarriesWhatThePublicPageShows() {
        ProcedureCatalogue shipped = ProcedureCatalogue.defaults();
        java.time.LocalDate day = java.time.LocalDate.of(2023, 6, 1);
        for (Procedure p : shipped.all()) {
            ProcedureDetails d = p.details();
            assertTrue(!d.fieldEn().isBlank() && !d.feeVi().isBlank() && !d.feeEn().isBlank() && !d.papersVi().isEmpty()
                    && d.papersVi().size() == d.papersEn().size() && !d.channels().isEmpty() && !d.resultsVi().isBlank()
                    && !d.legalBasis().isEmpty(), p.code() + " lacks published details: " + d);
        }
        ProcedureDetails birth = shipped.require("1.001193", day).details();
        assertEquals("Tờ khai đăng ký khai sinh theo mẫu", birth.papersVi().get(0));
        assertEquals(java.util.Set.of(SubmissionChannel.IN_PERSON, SubmissionChannel.ONLINE, SubmissionChannel.POSTAL), birth.channels());
        assertTrue(birth.legalBasis().contains("Luật Hộ tịch số 60/2014/QH13"), birth.legalBasis().toString());
        ProcedureDetails copy = shipped.require("2.000815", day).details();
        assertTrue(copy.feeVi().startsWith("2.000 đồng/trang"), copy.feeVi());
        assertEquals(java.util.Set.of(SubmissionChannel.IN_PERSON), copy.channels());
        assertEquals("10.000 đồng/trường hợp", shipped.require("2.000884", day).details().feeVi());
        assertEquals("Civil status", shipped.require("1.000656", day).details().fieldEn());
    }

    @Test
    void aTenColumnFileStillLoadsWithoutDetails() throws Exception {
        ProcedureCatalogue old = ProcedureCatalogue.parse(new StringReader(HEADER
                + "1.000894;Đăng ký kết hôn;Marriage registration;Hộ tịch;Tư pháp - Hộ tịch;5;WORKING_DAYS;yes;;\n"), "old.csv");
        assertEquals(ProcedureDetails.NONE, old.require("1.000894", java.time.LocalDate.of(2023, 1, 2)).details());
    }
}
