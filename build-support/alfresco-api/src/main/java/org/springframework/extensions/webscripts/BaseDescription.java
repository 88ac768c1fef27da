package org.springframework.extensions.webscripts;

/** Subset: identity of a described web script item. */
public interface BaseDescription {
    String getId();

    String getShortName();

    String getDescription();
}
