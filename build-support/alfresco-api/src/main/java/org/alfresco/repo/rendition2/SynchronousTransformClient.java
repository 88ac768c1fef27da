package org.alfresco.repo.rendition2;

import java.util.Map;

import org.alfresco.repo.content.transform.UnsupportedTransformationException;
import org.alfresco.service.cmr.repository.ContentIOException;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;

/** Subset: the repository's synchronous transforms (bean "synchronousTransformClient"). */
public interface SynchronousTransformClient {

    boolean isSupported(String sourceMimetype, long sourceSizeInBytes, String contentUrl, String targetMimetype,
            Map<String, String> actualOptions, String transformName, NodeRef sourceNodeRef);

    void transform(ContentReader reader, ContentWriter writer, Map<String, String> actualOptions,
            String transformName, NodeRef sourceNodeRef)
            throws UnsupportedTransformationException, ContentIOException;

    String getName();
}
