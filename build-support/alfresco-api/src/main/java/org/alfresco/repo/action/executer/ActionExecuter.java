package org.alfresco.repo.action.executer;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/** Subset: what the action service calls to run an action. */
public interface ActionExecuter {
    String PARAM_RESULT = "result";

    String getQueueName();

    boolean getIgnoreLock();

    boolean getTrackStatus();

    void execute(Action action, NodeRef actionedUponNodeRef);
}
