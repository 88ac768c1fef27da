package org.alfresco.repo.action.executer;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Subset: base class of action executers. Registration with the action service (init) happens
 * in the repository; here execute simply calls executeImpl.
 */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase implements ActionExecuter {
    protected boolean publicAction = true;

    private boolean trackStatus = false;
    private boolean ignoreLock = true;
    private String queueName = "";

    public void init() {
        // the repository registers the executer with the action service here
    }

    public void setPublicAction(boolean publicAction) {
        this.publicAction = publicAction;
    }

    public void setTrackStatus(boolean trackStatus) {
        this.trackStatus = trackStatus;
    }

    @Override
    public boolean getTrackStatus() {
        return trackStatus;
    }

    public void setIgnoreLock(boolean ignoreLock) {
        this.ignoreLock = ignoreLock;
    }

    @Override
    public boolean getIgnoreLock() {
        return ignoreLock;
    }

    public void setQueueName(String queueName) {
        this.queueName = queueName;
    }

    @Override
    public String getQueueName() {
        return queueName;
    }

    @Override
    public void execute(Action action, NodeRef actionedUponNodeRef) {
        executeImpl(action, actionedUponNodeRef);
    }

    protected abstract void executeImpl(Action action, NodeRef actionedUponNodeRef);
}
