package org.springframework.extensions.webscripts;

import java.util.Date;

/** Subset: cache directives of a web script response. */
public class Cache implements Description.RequiredCache {
    private boolean neverCache = true;
    private boolean isPublic = false;
    private boolean mustRevalidate = true;
    private Date lastModified;
    private String eTag;
    private Long maxAge;

    public Cache() {
    }

    public Cache(Description.RequiredCache requiredCache) {
        neverCache = requiredCache.getNeverCache();
        isPublic = requiredCache.getIsPublic();
        mustRevalidate = requiredCache.getMustRevalidate();
    }

    @Override
    public boolean getNeverCache() {
        return neverCache;
    }

    public void setNeverCache(boolean neverCache) {
        this.neverCache = neverCache;
    }

    @Override
    public boolean getIsPublic() {
        return isPublic;
    }

    public void setIsPublic(boolean isPublic) {
        this.isPublic = isPublic;
    }

    @Override
    public boolean getMustRevalidate() {
        return mustRevalidate;
    }

    public void setMustRevalidate(boolean mustRevalidate) {
        this.mustRevalidate = mustRevalidate;
    }

    public Date getLastModified() {
        return lastModified;
    }

    public void setLastModified(Date lastModified) {
        this.lastModified = lastModified;
    }

    public String getETag() {
        return eTag;
    }

    public void setETag(String tag) {
        this.eTag = tag;
    }

    public Long getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Long maxAge) {
        this.maxAge = maxAge;
    }
}
