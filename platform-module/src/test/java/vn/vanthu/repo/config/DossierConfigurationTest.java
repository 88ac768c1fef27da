package vn.vanthu.repo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.dossier.EarlyBoundary;

class DossierConfigurationTest {

    private static final String BIRTH_1_DAY = "1.001193;Đăng ký khai sinh;Birth registration;Hộ tịch;Tư pháp - Hộ tịch;1;WORKING_DAYS;yes;;\n";

    @Test
    void shippedDefaultsWithoutADirectory() {
        DossierConfiguration c = new DossierConfiguration();
        c.init();
        assertEquals(244, c.current().calendar().countWorkingDays(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 6)));
        assertEquals(0, c.current().catalogue().require("1.001193", LocalDate.of(2023, 1, 19)).time());
        assertEquals(DossierConfiguration.UNSET_AGENCY, c.agencyId());
        assertEquals(EarlyBoundary.DAY, c.current().lifecycle().policy().boundary());
        assertSame(c.current(), c.current());
    }

    @Test
    void administratorFilesAreReadAndReReadWhenTheyChange(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar").resolve("2023-extra.csv"), "2023-05-06,WORK,Làm bù\n2023-01-02,OFF,Tết\n");
        Path procedures = dir.resolve("procedures.csv");
        Files.writeString(procedures, BIRTH_1_DAY);
        DossierConfiguration c = new DossierConfiguration();
        c.setConfigDir(dir.toString());
        c.setAgencyId(" H15.50.05.13 ");
        c.setEarlyBoundary("half_day");
        c.setAfternoonHours("13:30-17:30");
        assertEquals("H15.50.05.13", c.agencyId());
        assertTrue(c.current().calendar().isWorkingDay(LocalDate.of(2023, 5, 6)));
        assertTrue(c.current().calendar().isWorkingDay(LocalDate.of(2023, 1, 20)), "the admin's 2023 replaces the shipped one");
        assertEquals(1, c.current().catalogue().require("1.001193", LocalDate.of(2023, 1, 19)).time());
        assertEquals(EarlyBoundary.HALF_DAY, c.current().lifecycle().policy().boundary());
        assertEquals(LocalDateTime.of(2023, 1, 19, 17, 30), c.current().calendar().endOfDay(LocalDate.of(2023, 1, 19)));

        Files.writeString(procedures, BIRTH_1_DAY.replace(";1;", ";2;"));
        Files.setLastModifiedTime(procedures, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(2, c.current().catalogue().require("1.001193", LocalDate.of(2023, 1, 19)).time());

        // A broken file: the last good configuration stays in force.
        Files.writeString(procedures, "1.001193;Đăng ký khai sinh;;Hộ tịch;Tư pháp;2;WEEKS;yes;;\n");
        Files.setLastModifiedTime(procedures, FileTime.fromMillis(System.currentTimeMillis() + 10000));
        assertEquals(2, c.current().catalogue().require("1.001193", LocalDate.of(2023, 1, 19)).time());
    }

    @Test
    void brokenFilesAtStartUseTheShippedDefaults(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("procedures.csv"), "not;a;catalogue\n");
        DossierConfiguration c = new DossierConfiguration();
        c.setConfigDir(dir.toString());
        c.setEarlyBoundary("WEEK");
        c.setMorningHours("nonsense");
        c.init();
        assertEquals(0, c.current().catalogue().require("1.001193", LocalDate.of(2023, 1, 19)).time());
        assertEquals(EarlyBoundary.DAY, c.current().lifecycle().policy().boundary());
        assertFalse(c.current().calendar().isWorkingDay(LocalDate.of(2023, 1, 20)));
    }
}
