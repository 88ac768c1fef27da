package org.springframework.extensions.webscripts;

/** Subset: the web script runtime a request belongs to (no members used by Vanthu). */
public interface Runtime {
}
