package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Subset: a registered behaviour with its policy and binding. */
public interface BehaviourDefinition<B extends BehaviourBinding> {
    QName getPolicy();

    B getBinding();

    Behaviour getBehaviour();
}
