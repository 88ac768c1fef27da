package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Subset: a behaviour bound to a type or aspect. */
public class ClassBehaviourBinding implements BehaviourBinding {
    @Override
    public BehaviourBinding generaliseBinding() {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public QName getClassQName() {
        throw new UnsupportedOperationException("compile-time API subset");
    }
}
