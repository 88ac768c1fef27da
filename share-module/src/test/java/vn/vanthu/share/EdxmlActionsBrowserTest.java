package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * vanthu-edxml.js in headless Chromium, with Share's YAHOO.Bubbling, Ajax and PopupManager
 * recorded: both actions are registered, the package URL goes through Share's proxy, and a refused
 * send shows every problem of the repository's answer in Vietnamese and English.
 */
class EdxmlActionsBrowserTest
{
    private static final Path OUT = Resources.SHARE.resolve("target/edxml-harness");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void actionsAreRegisteredAndARefusalShowsEveryProblem() throws Exception
    {
        Chromium chromium = Chromium.requireInstalled(OUT, "EdxmlActionsBrowserTest");
        String refusal = "{\"status\":400,\"message\":\"x\",\"problems\":["
                + "{\"code\":\"REFUSED\",\"vi\":\"Văn bản chưa được ban hành\",\"en\":\"The document is not issued yet\"},"
                + "{\"code\":\"MISSING_FIELD\",\"vi\":\"Thiếu trường bắt buộc subject\",\"en\":\"Missing required field subject\"}]}";
        Path js = Resources.DOCLIB_JS.resolveSibling("vanthu-edxml.js");
        String html = Resources.utf8(Resources.SHARE.resolve("src/test/resources/edxml/harness.html"))
                .replace("@EDXML_JS_URL@", js.toUri().toString())
                .replace("@REFUSAL_JSON@", refusal);
        Path harness = OUT.resolve("harness.html");
        Files.writeString(harness, html, StandardCharsets.UTF_8);

        JsonNode out = JSON.readTree(HtmlTree.parse(chromium.dumpDom(harness)).byId("out").text());

        assertEquals("[\"onVanthuEdxmlExport\",\"onVanthuEdxmlSend\"]", out.get("actions").toString());
        assertEquals("/share/proxy/alfresco/vanthu/edxml/package?nodeRef=workspace%3A%2F%2FSpacesStore%2F04-qd-ubnd&a=true",
                out.get("packageUrl").asText());
        assertEquals("/share/proxy/alfresco/vanthu/edxml/send?nodeRef=workspace%3A%2F%2FSpacesStore%2F04-qd-ubnd",
                out.get("posted").get(0).asText());
        assertEquals("[vanthu.message.edxmlSendFailed]", out.get("promptTitle").asText());
        assertEquals("Văn bản chưa được ban hành / The document is not issued yet\n"
                + "Thiếu trường bắt buộc subject / Missing required field subject", out.get("promptText").asText());
        assertEquals("không gửi được", out.get("fallback").asText());
    }
}
