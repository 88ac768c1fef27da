package org.alfresco.service.cmr.lock;

/** Subset: the lock service (bean "LockService"); the parent bean "action-executer" injects it. */
public interface LockService {
}
