package org.alfresco.repo.policy;

/** Subset: what a behaviour is bound to. */
public interface BehaviourBinding {
    BehaviourBinding generaliseBinding();
}
