package org.alfresco.service.cmr.repository;

import java.util.Locale;

/** Subset: common to content readers and writers. */
public interface ContentAccessor {
    boolean isChannelOpen();

    void addListener(ContentStreamListener listener);

    long getSize();

    ContentData getContentData();

    String getContentUrl();

    String getMimetype();

    void setMimetype(String mimetype);

    String getEncoding();

    void setEncoding(String encoding);

    Locale getLocale();

    void setLocale(Locale locale);
}
