package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.numbering.NumberAlreadyUsedException;
import vn.vanthu.numbering.NumberingService;

/**
 * What the incoming and outgoing document behaviours share: their collaborators, binding
 * onCreateNode, onSetNodeType and onUpdateProperties for their type on EVERY_EVENT, writing their
 * own registration properties without re-entering the behaviours, and refusing a typed number
 * that is already used. Each subclass keeps its own numbering rules.
 *
 * <p>A node that becomes a document of the type through setType (a "Specialise type" rule,
 * "Change type") is registered exactly as a created one. setType also reports onUpdateProperties
 * when it adds the type's default properties, but with the node's earlier properties as
 * {@code before} and no registration property changed, so that event registers nothing.
 */
public abstract class DocumentRegistrationBehaviour implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnSetNodeTypePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private PolicyComponent policyComponent;
    protected NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    protected NumberingService numberingService;
    protected Clock clock = Clock.systemUTC();

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setNumberingService(NumberingService numberingService) {
        this.numberingService = numberingService;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** The document type whose creations, type changes and property updates this behaviour handles. */
    protected abstract QName documentType();

    /** Registers a new document of the type: just created, or just given the type. */
    protected abstract void register(NodeRef document);

    public void init() {
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, "onCreateNode");
        // The repository reports a type change on the node's new type, after the change.
        bind(NodeServicePolicies.OnSetNodeTypePolicy.QNAME, "onSetNodeType");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, "onUpdateProperties");
    }

    private void bind(QName policy, String method) {
        policyComponent.bindClassBehaviour(policy, documentType(),
                new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        registerIfExists(childAssocRef.getChildRef());
    }

    @Override
    public void onSetNodeType(NodeRef nodeRef, QName oldType, QName newType) {
        if (Specialisation.became(documentType(), oldType, newType)) {
            registerIfExists(nodeRef);
        }
    }

    private void registerIfExists(NodeRef document) {
        if (nodeService.exists(document)) {
            register(document);
        }
    }

    /** Adds the behaviour's own properties with the document's behaviours off, so they do not fire again. */
    protected void addOwnProperties(NodeRef document, Map<QName, Serializable> properties) {
        OwnWrites.withBehavioursOff(behaviourFilter, document, () -> nodeService.addProperties(document, properties));
    }

    /** Sets one of the behaviour's own properties with the document's behaviours off. */
    protected void setOwnProperty(NodeRef document, QName property, Serializable value) {
        OwnWrites.withBehavioursOff(behaviourFilter, document, () -> nodeService.setProperty(document, property, value));
    }

    /**
     * A number typed by hand that is already used rolls the change back with a bilingual message.
     * An integrity failure, so the REST API answers 422 with the message, as for any invalid value.
     */
    static void refuseIfUsed(Runnable reservation) {
        try {
            reservation.run();
        } catch (NumberAlreadyUsedException e) {
            throw new IntegrityException(e.getMessage(), List.of());
        }
    }
}
