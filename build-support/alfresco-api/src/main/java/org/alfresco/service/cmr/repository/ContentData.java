package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** Subset: the value of a d:content property (URL, mimetype, size, encoding, locale). */
public class ContentData implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String contentUrl;
    private final String mimetype;
    private final long size;
    private final String encoding;
    private final Locale locale;

    public ContentData(String contentUrl, String mimetype, long size, String encoding) {
        this(contentUrl, mimetype, size, encoding, null);
    }

    public ContentData(String contentUrl, String mimetype, long size, String encoding, Locale locale) {
        this.contentUrl = contentUrl;
        this.mimetype = mimetype;
        this.size = size;
        this.encoding = encoding;
        this.locale = locale;
    }

    /** True when the value refers to stored content. */
    public static boolean hasContent(ContentData contentData) {
        return contentData != null && contentData.contentUrl != null;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public String getMimetype() {
        return mimetype;
    }

    public long getSize() {
        return size;
    }

    public String getEncoding() {
        return encoding;
    }

    public Locale getLocale() {
        return locale;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ContentData c && size == c.size
                && Objects.equals(contentUrl, c.contentUrl) && Objects.equals(mimetype, c.mimetype)
                && Objects.equals(encoding, c.encoding) && Objects.equals(locale, c.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentUrl, mimetype, size, encoding, locale);
    }

    @Override
    public String toString() {
        return "contentUrl=" + contentUrl + "|mimetype=" + mimetype + "|size=" + size + "|encoding=" + encoding;
    }
}
