package org.springframework.extensions.webscripts;

/** Subset: a description read from a descriptor document. */
public interface BaseDescriptionDocument extends BaseDescription {
}
