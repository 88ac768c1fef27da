package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** Subset: the response a web script writes. */
public interface WebScriptResponse {
    String HTML_FORMAT = "html";
    String ATOM_FORMAT = "atom";
    String RSS_FORMAT = "rss";
    String XML_FORMAT = "xml";
    String JSON_FORMAT = "json";
    String HEADER_LOCATION = "Location";

    void setStatus(int status);

    void setHeader(String name, String value);

    void addHeader(String name, String value);

    void setContentType(String contentType);

    void setContentEncoding(String contentEncoding);

    void setCache(Cache cache);

    Writer getWriter() throws IOException;

    OutputStream getOutputStream() throws IOException;

    void reset();

    String encodeScriptUrl(String url);
}
