package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.StatisticsTracker;

/**
 * Keeps the report statistics exact as documents and dossiers change: creation, property updates
 * (including status changes and the signature verdict), type changes, aspect removal, deletion
 * (also of a folder holding them) and restore from the trashcan. Every event only tells the
 * {@link StatisticsTracker} which node changed; the tracker makes repeated events count once.
 *
 * <p>EVERY_EVENT: the tracker needs each change as it happens, in the transaction; counting at
 * commit time alone would lose the "before" state of the node.
 */
public class StatisticsBehaviour implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.OnSetNodeTypePolicy,
        NodeServicePolicies.BeforeDeleteNodePolicy, NodeServicePolicies.OnRestoreNodePolicy,
        NodeServicePolicies.BeforeRemoveAspectPolicy, NodeServicePolicies.OnRemoveAspectPolicy,
        NodeServicePolicies.OnAddAspectPolicy {

    /** The types whose nodes count. */
    public static final List<QName> TRACKED_TYPES = List.of(VanthuModel.TYPE_INCOMING_DOCUMENT,
            VanthuModel.TYPE_OUTGOING_DOCUMENT, VanthuModel.TYPE_DOSSIER, VanthuModel.TYPE_FEEDBACK);
    private static final Set<QName> FOLDER_TYPES = Set.of(ContentModel.TYPE_FOLDER, VanthuModel.TYPE_DOSSIER);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private StatisticsTracker tracker;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setTracker(StatisticsTracker tracker) {
        this.tracker = tracker;
    }

    /** Binds the behaviours (Spring init-method). */
    public void init() {
        for (QName type : TRACKED_TYPES) {
            bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, type, "onCreateNode");
            bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, type, "onUpdateProperties");
            bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, type, "beforeDeleteNode");
            bind(NodeServicePolicies.OnRestoreNodePolicy.QNAME, type, "onRestoreNode");
        }
        // A type change is reported on the new type: binding the base types sees changes both into
        // and out of the tracked types.
        bind(NodeServicePolicies.OnSetNodeTypePolicy.QNAME, ContentModel.TYPE_CONTENT, "onSetNodeType");
        bind(NodeServicePolicies.OnSetNodeTypePolicy.QNAME, ContentModel.TYPE_FOLDER, "onSetNodeType");
        // Deleting or restoring a folder moves its whole subtree.
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, ContentModel.TYPE_FOLDER, "beforeDeleteNode");
        bind(NodeServicePolicies.OnRestoreNodePolicy.QNAME, ContentModel.TYPE_FOLDER, "onRestoreNode");
        // Removing an aspect drops its properties without an onUpdateProperties event.
        for (QName aspect : List.of(VanthuModel.ASPECT_SIGNATURE_INFO, ContentModel.ASPECT_WORKING_COPY)) {
            bind(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME, aspect, "beforeRemoveAspect");
            bind(NodeServicePolicies.OnRemoveAspectPolicy.QNAME, aspect, "onRemoveAspect");
            bind(NodeServicePolicies.OnAddAspectPolicy.QNAME, aspect, "onAddAspect");
        }
    }

    private void bind(QName policy, QName className, String method) {
        policyComponent.bindClassBehaviour(policy, className,
                new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        tracker.added(childAssocRef.getChildRef());
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (nodeService.exists(nodeRef)) {
            tracker.changed(nodeRef, () -> tracker.factsOf(nodeRef, nodeService.getType(nodeRef),
                    nodeService.getAspects(nodeRef), before));
        }
    }

    @Override
    public void onSetNodeType(NodeRef nodeRef, QName oldType, QName newType) {
        if (nodeService.exists(nodeRef) && (TRACKED_TYPES.contains(oldType) || TRACKED_TYPES.contains(newType))) {
            tracker.changed(nodeRef, () -> tracker.factsOf(nodeRef, oldType, nodeService.getAspects(nodeRef),
                    nodeService.getProperties(nodeRef)));
        }
    }

    @Override
    public void beforeDeleteNode(NodeRef nodeRef) {
        if (!nodeService.exists(nodeRef)) {
            return;
        }
        QName type = nodeService.getType(nodeRef);
        if (TRACKED_TYPES.contains(type)) {
            tracker.beforeChange(nodeRef);
        }
        if (FOLDER_TYPES.contains(type)) {
            forEachTrackedDescendant(nodeRef, tracker::beforeChange);
        }
    }

    @Override
    public void onRestoreNode(ChildAssociationRef childAssocRef) {
        NodeRef nodeRef = childAssocRef.getChildRef();
        if (!nodeService.exists(nodeRef)) {
            return;
        }
        QName type = nodeService.getType(nodeRef);
        if (TRACKED_TYPES.contains(type)) {
            tracker.added(nodeRef);
        }
        if (FOLDER_TYPES.contains(type)) {
            forEachTrackedDescendant(nodeRef, tracker::added);
        }
    }

    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (nodeService.exists(nodeRef)) {
            tracker.beforeChange(nodeRef);
        }
    }

    @Override
    public void onRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (nodeService.exists(nodeRef)) {
            tracker.changed(nodeRef, () -> null);
        }
    }

    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        // A working copy stops counting; the signature aspect's values arrive as property updates.
        if (nodeService.exists(nodeRef) && ContentModel.ASPECT_WORKING_COPY.equals(aspectTypeQName)) {
            tracker.changed(nodeRef, () -> {
                Set<QName> before = new java.util.HashSet<>(nodeService.getAspects(nodeRef));
                before.remove(ContentModel.ASPECT_WORKING_COPY);
                return tracker.factsOf(nodeRef, nodeService.getType(nodeRef), before, nodeService.getProperties(nodeRef));
            });
        }
    }

    /** Visits the tracked nodes under a folder, through its sub-folders and dossiers. */
    private void forEachTrackedDescendant(NodeRef folder, java.util.function.Consumer<NodeRef> action) {
        for (ChildAssociationRef child : nodeService.getChildAssocs(folder, Set.copyOf(TRACKED_TYPES))) {
            if (child.isPrimary()) {
                action.accept(child.getChildRef());
            }
        }
        for (ChildAssociationRef child : nodeService.getChildAssocs(folder, FOLDER_TYPES)) {
            if (child.isPrimary()) {
                forEachTrackedDescendant(child.getChildRef(), action);
            }
        }
    }
}
