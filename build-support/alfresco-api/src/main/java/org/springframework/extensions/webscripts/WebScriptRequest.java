package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.util.Content;

/** Subset: an incoming web script request. */
public interface WebScriptRequest {
    Match getServiceMatch();

    String getServerPath();

    String getContextPath();

    String getServiceContextPath();

    String getServicePath();

    String getURL();

    String getPathInfo();

    String getQueryString();

    String[] getParameterNames();

    String getParameter(String name);

    String[] getParameterValues(String name);

    String[] getHeaderNames();

    String getHeader(String name);

    String[] getHeaderValues(String name);

    String getExtensionPath();

    String getContentType();

    Content getContent();

    Object parseContent();

    boolean isGuest();

    String getFormat();

    String getAgent();
}
