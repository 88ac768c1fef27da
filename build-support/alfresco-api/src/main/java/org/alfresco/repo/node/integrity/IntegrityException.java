package org.alfresco.repo.node.integrity;

import java.util.List;
import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: an integrity failure; the REST API answers it with HTTP 422. */
public class IntegrityException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<IntegrityRecord> records;

    public IntegrityException(List<IntegrityRecord> records) {
        this("Integrity failure", records);
    }

    public IntegrityException(String msg, List<IntegrityRecord> records) {
        super(msg);
        this.records = records;
    }

    public List<IntegrityRecord> getRecords() {
        return records;
    }
}
