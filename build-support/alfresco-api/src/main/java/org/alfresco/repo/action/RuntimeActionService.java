package org.alfresco.repo.action;

import org.alfresco.repo.action.executer.ActionExecuter;

/** Subset: the action service's registration side (bean "actionService"), set on every action executer. */
public interface RuntimeActionService {
    void registerActionExecuter(ActionExecuter actionExecuter);
}
