package vn.vanthu.repo.edxml;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlStatusCode;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * A clerk changing vt:edxmlStatusCode of a received incoming document (Share edit form, REST)
 * produces the matching status package for the sender. In the clerk's transaction only the cheap
 * checks run: the new status must follow the old one (QCVN 102 sequence, see
 * {@link EdxmlStatusCode#allowedNext()}) and 02 "rejected" needs a reason in vt:edxmlStatusReason;
 * otherwise the change is refused (HTTP 422) with a bilingual message. The package itself is
 * written after the commit by the queued action {@link PrepareStatusActionExecuter}, with the code
 * and reason of this change. The "01 arrived" of a new document is written by the receipt itself.
 */
public class EdxmlStatusBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private ActionService actionService;

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                VanthuModel.TYPE_INCOMING_DOCUMENT, new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onUpdateProperties(NodeRef document, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        String oldCode = Props.text(before.get(VanthuModel.PROP_EDXML_STATUS_CODE));
        String newCode = Props.text(after.get(VanthuModel.PROP_EDXML_STATUS_CODE));
        if (before.isEmpty() || newCode == null || Objects.equals(oldCode, newCode) || !nodeService.exists(document)
                || Props.text(after.get(VanthuModel.PROP_EDXML_DOCUMENT_ID)) == null) {
            return;
        }
        EdxmlStatusCode next = EdxmlStatusCode.fromCode(newCode).orElseThrow(() -> refuse(
                "Mã trạng thái edXML không hợp lệ: " + newCode, "Not an edXML status code: " + newCode));
        EdxmlStatusCode current = oldCode == null ? null : EdxmlStatusCode.fromCode(oldCode).orElse(null);
        try {
            EdxmlStatusCode.check(current, next);
        } catch (EdxmlException e) {
            throw new IntegrityException(e.problems().get(0).text(), List.of());
        }
        String reason = Props.text(after.get(VanthuModel.PROP_EDXML_STATUS_REASON));
        if (next == EdxmlStatusCode.REJECTED && reason == null) {
            throw refuse("Từ chối tiếp nhận (02) phải có lý do (Lý do kèm trạng thái)",
                    "Rejecting (02) needs a reason (Reason given with the status)");
        }
        Map<String, Serializable> params = new java.util.HashMap<>();
        params.put(PrepareStatusActionExecuter.PARAM_CODE, next.code());
        if (reason != null) {
            params.put(PrepareStatusActionExecuter.PARAM_REASON, reason);
        }
        Action prepare = actionService.createAction(PrepareStatusActionExecuter.NAME, params);
        actionService.executeAction(prepare, document, false, true);
    }

    private static IntegrityException refuse(String vi, String en) {
        return new IntegrityException(vi + " / " + en, List.of());
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }
}
