package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.util.Map;

/** Subset: a web script whose Java code builds the model a FreeMarker template renders. */
public class DeclarativeWebScript extends AbstractWebScript {
    @Override
    public final void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status) {
        return null;
    }

    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        return executeImpl(req, status);
    }

    protected void executeFinallyImpl(WebScriptRequest req, Status status, Cache cache, Map<String, Object> model) {
    }
}
