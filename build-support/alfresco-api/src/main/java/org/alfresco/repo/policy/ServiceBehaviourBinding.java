package org.alfresco.repo.policy;

/** Subset: a behaviour bound to a service object. */
public class ServiceBehaviourBinding implements BehaviourBinding {
    @Override
    public BehaviourBinding generaliseBinding() {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public Object getService() {
        throw new UnsupportedOperationException("compile-time API subset");
    }
}
