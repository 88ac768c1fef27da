package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;
import org.springframework.extensions.webscripts.WrappingWebScriptRequest;
import org.springframework.extensions.webscripts.servlet.WebScriptServletRequest;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.portal.ClientAddress;
import vn.vanthu.portal.PublicInputException;
import vn.vanthu.repo.portal.PortalSettings;

/**
 * Base of the public web scripts (authentication none, under /vanthu/public/; any node work runs as
 * system): security headers on every answer, JSON with markup characters escaped, bilingual 400 answers for refused input, and the client
 * address (from the servlet connection; X-Forwarded-For only from a configured trusted proxy).
 * Subclasses read only what they are meant to publish.
 */
public abstract class PublicWebScript extends AbstractWebScript {

    /** JSON whose strings never contain a raw &lt;, &gt;, &amp; or ' (safe even if mistaken for HTML). */
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private static final long serialVersionUID = 1L;
            private final int[] escapes = standardAsciiEscapesForJSON();

            {
                for (char c : new char[] {'<', '>', '&', '\'', '/'}) {
                    escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
                }
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
    }

    protected PortalSettings settings;

    public void setSettings(PortalSettings settings) {
        this.settings = settings;
    }

    /** The usual security headers; {@code cacheable} pages may be cached briefly, the others never. */
    void securityHeaders(WebScriptResponse res, boolean cacheable) {
        res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
                + "base-uri 'none'; frame-ancestors " + settings.frameAncestors());
        res.setHeader("X-Content-Type-Options", "nosniff");
        if ("'none'".equals(settings.frameAncestors())) {
            res.setHeader("X-Frame-Options", "DENY");
        }
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Cross-Origin-Resource-Policy", "same-site");
        res.setHeader("Cache-Control", cacheable ? "public, max-age=300" : "no-store");
        if (!cacheable) {
            res.setHeader("Pragma", "no-cache");
        }
    }

    void writeJson(WebScriptResponse res, int status, Object body, boolean cacheable) throws IOException {
        securityHeaders(res, cacheable);
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        OutputStream out = res.getOutputStream();
        out.write(JSON.writeValueAsBytes(body));
        out.flush();
    }

    void writeHtml(WebScriptResponse res, int status, String html, boolean cacheable) throws IOException {
        securityHeaders(res, cacheable);
        res.setStatus(status);
        res.setContentType("text/html;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        OutputStream out = res.getOutputStream();
        out.write(html.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** 400 {"status":400,"field":...,"message":{"vi":...,"en":...}}. */
    void refuse(WebScriptResponse res, PublicInputException e) throws IOException {
        writeJson(res, Status.STATUS_BAD_REQUEST, error(Status.STATUS_BAD_REQUEST, e.field(), e.messageVi(), e.messageEn()), false);
    }

    static Map<String, Object> error(int status, String field, String vi, String en) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (field != null) {
            body.put("field", field);
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("vi", vi);
        message.put("en", en);
        body.put("message", message);
        return body;
    }

    /** Where the request comes from (see {@link ClientAddress}). */
    String clientAddress(WebScriptRequest req) {
        WebScriptRequest r = req;
        while (r instanceof WrappingWebScriptRequest wrapping) {
            r = wrapping.getNext();
        }
        String remote = r instanceof WebScriptServletRequest servlet && servlet.getHttpServletRequest() != null
                ? servlet.getHttpServletRequest().getRemoteAddr() : null;
        return ClientAddress.resolve(remote, req.getHeader("X-Forwarded-For"), settings.proxies());
    }

    /** The format asked for: json (default) or html; anything else is refused. */
    static boolean html(WebScriptRequest req) {
        String format = req.getParameter("format");
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.strip())) {
            return false;
        }
        if ("html".equalsIgnoreCase(format.strip())) {
            return true;
        }
        throw new PublicInputException("format", "\"format\" phải là json hoặc html", "\"format\" must be json or html");
    }
}
