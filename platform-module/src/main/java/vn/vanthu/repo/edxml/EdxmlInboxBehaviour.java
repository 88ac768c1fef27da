package vn.vanthu.repo.edxml;

import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.repo.behaviour.OwnWrites;
import vn.vanthu.repo.model.VanthuModel;

/**
 * A file written into an edXML inbox (Share upload, REST upload, a rule, the receive web script)
 * is marked vt:edxmlPackage PENDING in the writer's transaction and its receipt is queued as an
 * asynchronous action ({@link ReceivePackageActionExecuter}), which the action service runs after
 * the commit, as system, in a transaction of its own, like signature verification: reading a
 * large package never slows or endangers the upload. Only plain cm:content files are packages;
 * a file that was already received, refused or applied is left alone (a new version of a refused
 * file is received again). Never throws: a behaviour that throws rolls back the upload.
 */
public class EdxmlInboxBehaviour implements ContentServicePolicies.OnContentUpdatePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(EdxmlInboxBehaviour.class);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    private ActionService actionService;

    public void init() {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME, ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onContentUpdate", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onContentUpdate(NodeRef node, boolean newContent) {
        try {
            if (!nodeService.exists(node) || !ContentModel.TYPE_CONTENT.equals(nodeService.getType(node))) {
                return;
            }
            ChildAssociationRef parent = nodeService.getPrimaryParent(node);
            if (parent == null || parent.getParentRef() == null
                    || !nodeService.hasAspect(parent.getParentRef(), VanthuModel.ASPECT_EDXML_INBOX)) {
                return;
            }
            Object state = nodeService.getProperty(node, VanthuModel.PROP_EDXML_PACKAGE_STATE);
            if (state != null && !"PENDING".equals(state) && !"REJECTED".equals(state)) {
                return;
            }
            OwnWrites.withBehavioursOff(behaviourFilter, node, () -> nodeService.addAspect(node,
                    VanthuModel.ASPECT_EDXML_PACKAGE, Map.of(VanthuModel.PROP_EDXML_PACKAGE_STATE, "PENDING")));
            Action receive = actionService.createAction(ReceivePackageActionExecuter.NAME);
            actionService.executeAction(receive, node, false, true);
        } catch (RuntimeException e) {
            LOG.warn("Could not queue the receipt of the edXML package {}: {}", node, e.toString());
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }
}
