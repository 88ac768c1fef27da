package vn.vanthu.repo.behaviour;

import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Vanthu's own writes to a node (registration numbers, header fields, warnings) run with the
 * node's behaviours off, so they do not fire our behaviours again (nor versioning or auditing).
 */
public final class OwnWrites {

    private OwnWrites() {
    }

    /** Runs {@code write} with the behaviours of {@code node} disabled, enabling them again afterwards. */
    public static void withBehavioursOff(BehaviourFilter behaviourFilter, NodeRef node, Runnable write) {
        behaviourFilter.disableBehaviour(node);
        try {
            write.run();
        } finally {
            behaviourFilter.enableBehaviour(node);
        }
    }
}
