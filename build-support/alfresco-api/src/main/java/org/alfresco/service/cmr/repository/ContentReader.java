package org.alfresco.service.cmr.repository;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;

/** Subset: reads one piece of content, once. */
public interface ContentReader extends ContentAccessor {
    ContentReader getReader() throws ContentIOException;

    boolean exists();

    long getLastModified();

    boolean isClosed();

    FileChannel getFileChannel() throws ContentIOException;

    InputStream getContentInputStream() throws ContentIOException;

    void getContent(OutputStream os) throws ContentIOException;

    void getContent(File file) throws ContentIOException;

    String getContentString() throws ContentIOException;

    String getContentString(int length) throws ContentIOException;
}
