package vn.vanthu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportMessagesTest {

    private final ReportMessages vi = ReportMessages.of(ReportMessages.VIETNAMESE);
    private final ReportMessages en = ReportMessages.of(Locale.ENGLISH);

    @Test
    void vietnameseGroupsThousandsWithDots() {
        assertEquals("3.015", vi.number(3015));
        assertEquals("1.228", vi.number(1228));
        assertEquals("1.000.000", vi.number(1_000_000));
        assertEquals("28", vi.number(28));
        assertEquals("-1.514", vi.number(-1514));
        assertEquals("3,015", en.number(3015));
    }

    @Test
    void percentagesKeepOneDecimalWithTheLanguageSeparator() {
        assertEquals("99,5", vi.percent(Shares.percent(199, 200)));
        assertEquals("99.5", en.percent(Shares.percent(199, 200)));
        assertEquals("100", vi.percent(Shares.percent(640, 640)));
        assertEquals(new BigDecimal("66.7"), Shares.percent(2, 3));
        assertEquals(null, Shares.percent(0, 0));
        assertEquals("1.234,6", vi.percent(new BigDecimal("1234.56")));
    }

    @Test
    void languageParameter() {
        assertEquals(ReportMessages.VIETNAMESE, ReportMessages.forLanguage(null).locale());
        assertEquals(Locale.ENGLISH, ReportMessages.forLanguage("EN").locale());
        ReportParameterException error = assertThrows(ReportParameterException.class,
                () -> ReportMessages.forLanguage("fr"));
        assertEquals("Unknown language \"fr\": use vi or en.", error.getMessage());
        assertEquals("Không rõ ngôn ngữ \"fr\": dùng vi hoặc en.", error.getMessage(ReportMessages.VIETNAMESE));
    }

    @Test
    void everyKeyExistsInBothLanguages() throws java.io.IOException {
        assertEquals(keys("messages.properties"), keys("messages_vi.properties"));
    }

    private static java.util.Set<Object> keys(String file) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(ReportMessages.class.getResourceAsStream(file),
                java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.values().forEach(value -> assertEquals(false, value.toString().isBlank()));
        return properties.keySet();
    }
}
