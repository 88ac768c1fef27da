package org.alfresco.service.cmr.repository;

/** Subset: marker for references to repository entities. */
public interface EntityRef {
}
