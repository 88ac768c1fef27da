package org.alfresco.service.cmr.repository;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;

/** Subset: writes one piece of content, once. */
public interface ContentWriter extends ContentAccessor {
    ContentReader getReader() throws ContentIOException;

    boolean isClosed();

    OutputStream getContentOutputStream() throws ContentIOException;

    void putContent(ContentReader reader) throws ContentIOException;

    void putContent(InputStream is) throws ContentIOException;

    void putContent(File file) throws ContentIOException;

    void putContent(String content) throws ContentIOException;

    void guessMimetype(String filename);

    void guessEncoding();
}
