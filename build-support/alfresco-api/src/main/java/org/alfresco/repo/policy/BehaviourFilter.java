package org.alfresco.repo.policy;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Subset: switches behaviours off and on within the current transaction. */
public interface BehaviourFilter {
    void disableBehaviour();

    void disableBehaviour(QName className);

    void disableBehaviour(QName className, boolean includeSubClasses);

    void disableBehaviour(NodeRef nodeRef, QName className);

    void disableBehaviour(NodeRef nodeRef);

    void enableBehaviour();

    void enableBehaviour(QName className);

    void enableBehaviour(NodeRef nodeRef, QName className);

    void enableBehaviour(NodeRef nodeRef);

    boolean isEnabled();

    boolean isEnabled(QName className);

    boolean isEnabled(NodeRef nodeRef, QName className);

    boolean isEnabled(NodeRef nodeRef);

    boolean isActivated();
}
