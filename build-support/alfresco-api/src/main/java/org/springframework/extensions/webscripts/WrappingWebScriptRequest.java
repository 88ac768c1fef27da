package org.springframework.extensions.webscripts;

/** Subset: a request that wraps another one (the repository buffers requests it may retry). */
public interface WrappingWebScriptRequest extends WebScriptRequest {
    WebScriptRequest getNext();
}
