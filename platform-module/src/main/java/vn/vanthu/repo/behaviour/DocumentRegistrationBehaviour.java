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
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.numbering.NumberAlreadyUsedException;
import vn.vanthu.numbering.NumberingService;

/**
 * What the incoming and outgoing document behaviours share: their collaborators, binding
 * onCreateNode and onUpdateProperties for their type on EVERY_EVENT, writing their own
 * registration properties without re-entering the behaviours, and refusing a typed number that
 * is already used. Each subclass keeps its own numbering rules.
 */
public abstract class DocumentRegistrationBehaviour
        implements NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy {

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

    /** The document type whose creations and property updates this behaviour handles. */
    protected abstract QName documentType();

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME,
                documentType(), new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                documentType(), new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
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
