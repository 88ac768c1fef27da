package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Subset: binds behaviours to class-level policies. */
public interface PolicyComponent {
    BehaviourDefinition<ClassBehaviourBinding> bindClassBehaviour(QName policy, QName className,
            Behaviour behaviour);

    BehaviourDefinition<ServiceBehaviourBinding> bindClassBehaviour(QName policy, Object service,
            Behaviour behaviour);

    void removeClassDefinition(BehaviourDefinition<ClassBehaviourBinding> definition);
}
