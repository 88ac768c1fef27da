package org.springframework.extensions.webscripts;

import java.util.ResourceBundle;

/** Subset: base of Java-backed web scripts; the container supplies description and bundle. */
public abstract class AbstractWebScript implements WebScript {
    @Override
    public Description getDescription() {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    @Override
    public ResourceBundle getResources() {
        throw new UnsupportedOperationException("compile-time API subset");
    }
}
