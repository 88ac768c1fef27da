package vn.vanthu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class LineSafeJsonTest {

    @Test
    void everyLineBreakingOrControlCharacterIsEscaped() throws Exception {
        String nasty = "Nguy\u0085n\u2028V\u2029a\u0007n\u007F\u009F\n\r\tAn \"q\" \\ ễ";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", nasty);
        String json = LineSafeJson.mapper().writeValueAsString(m);
        for (char c : json.toCharArray()) {
            assertFalse(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029,
                    () -> "raw U+" + Integer.toHexString(c) + " in " + json);
        }
        assertTrue(json.contains("\\u0085") && json.contains("\\u2028") && json.contains("\\u2029")
                && json.contains("\\u007F") && json.contains("\\u009F"), json);
        assertTrue(json.contains("ễ"), "other characters stay as they are: " + json);
        assertEquals(nasty, new ObjectMapper().readTree(json).get("name").asText());
        // the plain mapper would have written U+0085 raw: the reason for this class
        assertTrue(new ObjectMapper().writeValueAsString(m).indexOf('\u0085') >= 0);
        String indented = LineSafeJson.indented().writeValueAsString(m);
        assertTrue(indented.contains("\\u0085") && indented.contains("\n"));
    }
}
