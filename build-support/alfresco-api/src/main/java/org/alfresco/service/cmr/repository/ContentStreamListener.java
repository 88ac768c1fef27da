package org.alfresco.service.cmr.repository;

/** Subset: told when a content stream is closed. */
public interface ContentStreamListener {
    void contentStreamClosed() throws ContentIOException;
}
