package org.springframework.extensions.webscripts;

/** Subset: the base class of Surf's request implementations. */
public abstract class WebScriptRequestImpl implements WebScriptRequest {
    public static final String MULTIPART_FORM_DATA = "multipart/form-data";

    public WebScriptRequestImpl(Runtime runtime) {
    }
}
