package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.DossierSequence;
import vn.vanthu.dossier.Procedure;
import vn.vanthu.feedback.Admissibility;
import vn.vanthu.feedback.FeedbackCode;
import vn.vanthu.feedback.FeedbackDeadline;
import vn.vanthu.feedback.FeedbackStatus;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;
import vn.vanthu.repo.portal.PortalSettings;

/**
 * Behaviour of vt:feedback (whoever creates it: the public intake, a clerk in Share, an import).
 * <ul>
 * <li>On creation: vt:feedbackReceivedAt defaults to now; a tracking code PAKN-yymmdd-NNNN is
 *     allocated unless given; vt:feedbackDueAt is computed from {@code vanthu.feedback.handlingDays}
 *     on the working calendar unless given; the field is copied from the catalogue when a
 *     procedure code is given; a feedback still RECEIVED becomes ADMISSIBLE or NOT_ADMISSIBLE with
 *     the reasons ({@link Admissibility}).</li>
 * <li>On update: while the feedback is not yet assigned or answered, a change of the submitter's
 *     data re-checks admissibility; reaching ANSWERED, PUBLISHED or CLOSED sets vt:answeredAt to
 *     now unless given.</li>
 * </ul>
 * Cheap work only; its writes run with the node's behaviours off.
 */
public class FeedbackBehaviour implements NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy {

    /** Counter agency key of the tracking codes in the attribute table. */
    static final String SEQUENCE_AGENCY = FeedbackCode.PREFIX;
    private static final List<QName> SUBMITTER = List.of(VanthuModel.PROP_SUBMITTER_NAME, VanthuModel.PROP_SUBMITTER_ADDRESS,
            VanthuModel.PROP_SUBMITTER_PHONE, VanthuModel.PROP_SUBMITTER_EMAIL, VanthuModel.PROP_FEEDBACK_CONTENT);
    private static final Set<String> CHECKED = Set.of(FeedbackStatus.RECEIVED.name(), FeedbackStatus.ADMISSIBLE.name(),
            FeedbackStatus.NOT_ADMISSIBLE.name());

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    private DossierConfiguration configuration;
    private PortalSettings settings;
    private DossierSequence sequence;

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, VanthuModel.TYPE_FEEDBACK,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, VanthuModel.TYPE_FEEDBACK,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef node = childAssocRef.getChildRef();
        if (!nodeService.exists(node)) {
            return;
        }
        Map<QName, Serializable> props = nodeService.getProperties(node);
        Map<QName, Serializable> changes = new HashMap<>();
        Instant received = instant(props.get(VanthuModel.PROP_FEEDBACK_RECEIVED_AT));
        if (received == null) {
            received = Instant.now();
            changes.put(VanthuModel.PROP_FEEDBACK_RECEIVED_AT, Date.from(received));
        }
        LocalDate day = WorkingCalendar.local(received).toLocalDate();
        if (Props.textOrEmpty(props.get(VanthuModel.PROP_FEEDBACK_CODE)).isEmpty()) {
            changes.put(VanthuModel.PROP_FEEDBACK_CODE, new FeedbackCode(day, sequence.next(SEQUENCE_AGENCY, day)).format());
        }
        DossierConfiguration.Snapshot config = configuration.current();
        if (props.get(VanthuModel.PROP_FEEDBACK_DUE_AT) == null) {
            Instant due = new FeedbackDeadline(config.calendar(), settings.handlingDays()).dueAt(received);
            changes.put(VanthuModel.PROP_FEEDBACK_DUE_AT, Date.from(due));
        }
        String procedureCode = Props.textOrEmpty(props.get(VanthuModel.PROP_FEEDBACK_PROCEDURE_CODE));
        if (!procedureCode.isEmpty() && Props.textOrEmpty(props.get(VanthuModel.PROP_FEEDBACK_FIELD)).isEmpty()) {
            Optional<Procedure> procedure = config.catalogue().find(procedureCode, day);
            procedure.ifPresent(p -> changes.put(VanthuModel.PROP_FEEDBACK_FIELD, p.field()));
        }
        String status = Props.textOrEmpty(props.get(VanthuModel.PROP_FEEDBACK_STATUS));
        if (status.isEmpty() || FeedbackStatus.RECEIVED.name().equals(status)) {
            admissibility(props, changes);
        }
        write(node, changes);
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (before.isEmpty() || !nodeService.exists(node)) {
            return; // creation: handled by onCreateNode
        }
        Map<QName, Serializable> changes = new HashMap<>();
        String status = Props.textOrEmpty(after.get(VanthuModel.PROP_FEEDBACK_STATUS));
        FeedbackStatus to = FeedbackStatus.parse(status);
        FeedbackStatus from = FeedbackStatus.parse(Props.textOrEmpty(before.get(VanthuModel.PROP_FEEDBACK_STATUS)));
        if (to != null && to.answered() && (from == null || !from.answered()) && after.get(VanthuModel.PROP_ANSWERED_AT) == null) {
            changes.put(VanthuModel.PROP_ANSWERED_AT, new Date());
        }
        boolean submitterChanged = SUBMITTER.stream().anyMatch(p -> !Props.textOrEmpty(before.get(p)).equals(Props.textOrEmpty(after.get(p))));
        if (submitterChanged && CHECKED.contains(status) && to == from) {
            admissibility(after, changes);
        }
        write(node, changes);
    }

    private static void admissibility(Map<QName, Serializable> props, Map<QName, Serializable> changes) {
        List<Admissibility.Reason> reasons = Admissibility.check(Props.textOrEmpty(props.get(VanthuModel.PROP_SUBMITTER_NAME)),
                Props.textOrEmpty(props.get(VanthuModel.PROP_SUBMITTER_ADDRESS)), Props.textOrEmpty(props.get(VanthuModel.PROP_SUBMITTER_PHONE)),
                Props.textOrEmpty(props.get(VanthuModel.PROP_SUBMITTER_EMAIL)), Props.textOrEmpty(props.get(VanthuModel.PROP_FEEDBACK_CONTENT)));
        changes.put(VanthuModel.PROP_ADMISSIBLE, reasons.isEmpty());
        changes.put(VanthuModel.PROP_INADMISSIBLE_REASON, Admissibility.describe(reasons));
        changes.put(VanthuModel.PROP_FEEDBACK_STATUS, reasons.isEmpty() ? FeedbackStatus.ADMISSIBLE.name() : FeedbackStatus.NOT_ADMISSIBLE.name());
    }

    private void write(NodeRef node, Map<QName, Serializable> changes) {
        if (!changes.isEmpty()) {
            OwnWrites.withBehavioursOff(behaviourFilter, node, () -> nodeService.addProperties(node, changes));
        }
    }

    private static Instant instant(Serializable value) {
        return value instanceof Date d ? d.toInstant() : null;
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

    public void setConfiguration(DossierConfiguration configuration) {
        this.configuration = configuration;
    }

    public void setSettings(PortalSettings settings) {
        this.settings = settings;
    }

    public void setSequence(DossierSequence sequence) {
        this.sequence = sequence;
    }
}
