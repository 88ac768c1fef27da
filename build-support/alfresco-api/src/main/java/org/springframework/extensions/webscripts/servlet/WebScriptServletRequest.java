package org.springframework.extensions.webscripts.servlet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.extensions.config.ServerProperties;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.Runtime;
import org.springframework.extensions.webscripts.WebScriptRequestImpl;

/**
 * Subset: a web script request over an HTTP servlet request. Bodies here only make the subset
 * compile; the running Surf supplies the real class.
 */
public class WebScriptServletRequest extends WebScriptRequestImpl {

    public WebScriptServletRequest(Runtime container, HttpServletRequest req, Match serviceMatch, ServerProperties serverProperties) {
        super(container);
    }

    public HttpServletRequest getHttpServletRequest() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public Match getServiceMatch() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getServerPath() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getContextPath() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getServiceContextPath() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getServicePath() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getURL() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getPathInfo() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getQueryString() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String[] getParameterNames() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getParameter(String name) {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String[] getParameterValues(String name) {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String[] getHeaderNames() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getHeader(String name) {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String[] getHeaderValues(String name) {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getExtensionPath() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getContentType() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public Content getContent() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public Object parseContent() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public boolean isGuest() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getFormat() {
        throw new UnsupportedOperationException("API subset");
    }

    @Override
    public String getAgent() {
        throw new UnsupportedOperationException("API subset");
    }
}
