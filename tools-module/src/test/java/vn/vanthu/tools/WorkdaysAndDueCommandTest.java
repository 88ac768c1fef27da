package vn.vanthu.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkdaysAndDueCommandTest {

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void workdaysOfTheSeedPeriod() {
        assertEquals(0, run("workdays", "--from", "2022-12-15", "--to", "2023-12-06"));
        assertEquals("244", out.strip());
        assertTrue(err.contains("2022"), err);
        assertEquals(0, run("workdays", "--from", "2023-01-20", "--to", "2023-01-26"));
        assertEquals("0", out.strip());
    }

    @Test
    void dueOfTheAcceptanceExample() {
        assertEquals(0, run("due", "--received", "2023-01-19T16:00", "--procedure", "1.001193"));
        assertEquals("2023-01-27T17:00:00+07:00", out.strip());
        assertEquals(0, run("due", "--received", "2023-01-19T09:00Z", "--procedure", "1.001193"));
        assertEquals("2023-01-27T17:00:00+07:00", out.strip());
        assertEquals(0, run("due", "--received", "2023-01-19T14:00", "--procedure", "1.001193"));
        assertEquals("2023-01-19T17:00:00+07:00", out.strip());
    }

    @Test
    void administratorFiles(@TempDir Path dir) throws IOException {
        Path calendar = dir.resolve("calendar-2023.csv");
        Files.writeString(calendar, String.join("\n", "2023-01-02,OFF,x", "2023-01-20,OFF,x", "2023-01-23,OFF,x", "2023-01-24,OFF,x",
                "2023-01-25,OFF,x", "2023-01-26,OFF,x", "2023-05-01,OFF,x", "2023-05-02,OFF,x", "2023-05-03,OFF,x",
                "2023-09-01,OFF,x", "2023-09-04,OFF,x", "2023-05-06,WORK,Làm bù 02/05", ""));
        assertEquals(0, run("workdays", "--from", "2022-12-15", "--to", "2023-12-06", "--calendar", calendar.toString()));
        assertEquals("245", out.strip());
        Path catalogue = dir.resolve("procedures.csv");
        Files.writeString(catalogue, "1.001193;Đăng ký khai sinh;Birth registration;Hộ tịch;Tư pháp - Hộ tịch;1;WORKING_DAYS;yes;;\n");
        assertEquals(0, run("due", "--received", "2023-01-19T16:00", "--procedure", "1.001193", "--catalogue", catalogue.toString(),
                "--afternoon", "13:30-16:30"));
        assertEquals("2023-01-30T16:30:00+07:00", out.strip());
    }

    @Test
    void errorsAreExplained() {
        assertEquals(Main.EXIT_USAGE, run("workdays", "--from", "2022-12-15"));
        assertTrue(err.contains("Thiếu tùy chọn --to"), err);
        assertEquals(Main.EXIT_USAGE, run("workdays", "--from", "15/12/2022", "--to", "2023-12-06"));
        assertTrue(err.contains("yyyy-MM-dd"), err);
        assertEquals(Main.EXIT_USAGE, run("workdays", "--from", "2023-12-06", "--to", "2022-12-15"));
        assertEquals(Main.EXIT_USAGE, run("due", "--received", "19/01/2023 16:00", "--procedure", "1.001193"));
        assertTrue(err.contains("--received"), err);
        assertEquals(Main.EXIT_FAILED, run("due", "--received", "2023-01-19T16:00", "--procedure", "9.999999"));
        assertTrue(err.contains("Không có mã thủ tục"), err);
        assertEquals(Main.EXIT_USAGE, run("due", "--received", "2023-01-19T16:00", "--procedure", "1.001193", "--catalogue", "/nonexistent"));
        assertEquals(Main.EXIT_USAGE, run("due", "--bogus", "1"));
        assertTrue(err.contains("Tùy chọn không hợp lệ"), err);
    }
}
