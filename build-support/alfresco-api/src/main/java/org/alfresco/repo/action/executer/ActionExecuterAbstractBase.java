package org.alfresco.repo.action.executer;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.lock.LockService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * Subset: base class of action executers. The setters are those the repository's abstract parent
 * bean "action-executer" (action-services-context.xml) sets, so a module bean with that parent
 * wires in a test as it does in the repository. init registers a public executer with the action
 * service; here execute simply calls executeImpl (no lock or mandatory-parameter checks).
 */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase implements ActionExecuter {
    protected boolean publicAction = true;

    private boolean trackStatus = false;
    private boolean ignoreLock = true;
    private String queueName = "";

    public void init() {
        if (publicAction) {
            runtimeActionService.registerActionExecuter(this);
        }
    }

    public void setLockService(LockService lockService) {
        // the repository skips actions on nodes locked for the user
    }

    public void setBaseNodeService(NodeService nodeService) {
        // the repository checks applicable types with it
    }

    public void setMlAwareNodeService(NodeService mlAwareNodeService) {
        // the repository checks node existence with it before the lock check
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        // the repository checks applicable sub-types with it
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
