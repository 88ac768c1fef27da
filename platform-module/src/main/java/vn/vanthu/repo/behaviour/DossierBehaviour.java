package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.DossierConfigurationException;
import vn.vanthu.dossier.DossierRecord;
import vn.vanthu.dossier.DossierSequence;
import vn.vanthu.dossier.DossierStatus;
import vn.vanthu.dossier.LegalTimeUnit;
import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.SupplementInterval;
import vn.vanthu.dossier.Timeliness;
import vn.vanthu.dossier.TransitionRefusedException;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * Behaviour of vt:dossier. All rules live in {@code vn.vanthu.dossier}; this class only reads and
 * writes the node.
 * <ul>
 * <li>On creation: vt:receivedAt defaults to now; name, field and handling unit are copied from
 *     the catalogue entry in force on the day of receipt; vt:appointmentAt is computed unless given;
 *     a dossier code is allocated unless given (imports keep theirs). An unknown procedure code
 *     is refused unless the appointment is given (a dossier imported from before Vanthu).</li>
 * <li>On a status change: the transition table is enforced (the update is refused with a
 *     Vietnamese and English message, which rolls back the transaction that tried it); 9 sets
 *     vt:finishedAt and vt:timeliness, 10 sets vt:returnedAt; 5 opens a supplement interval and
 *     leaving 5 closes it and moves the appointment. A time given in the same update (e.g.
 *     vt:finishedAt for a dossier finished earlier) is used instead of now.</li>
 * <li>On a corrected vt:receivedAt or vt:procedureCode (same status): catalogue fields,
 *     appointment and timeliness are recomputed, unless the appointment is set in the same update.</li>
 * </ul>
 * Bound EVERY_EVENT so that each status change is checked against the status just before it,
 * not only against the first one of the transaction.
 */
public class DossierBehaviour implements NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    private DossierConfiguration configuration;
    private DossierSequence sequence;

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, VanthuModel.TYPE_DOSSIER,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, VanthuModel.TYPE_DOSSIER,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef node = childAssocRef.getChildRef();
        if (!nodeService.exists(node)) {
            return;
        }
        DossierConfiguration.Snapshot config = configuration.current();
        Map<QName, Serializable> props = nodeService.getProperties(node);
        Map<QName, Serializable> changes = new HashMap<>();
        Instant received = instant(props.get(VanthuModel.PROP_RECEIVED_AT));
        if (received == null) {
            received = Instant.now();
            changes.put(VanthuModel.PROP_RECEIVED_AT, Date.from(received));
        }
        String code = Props.textOrEmpty(props.get(VanthuModel.PROP_PROCEDURE_CODE));
        LocalDate day = WorkingCalendar.local(received).toLocalDate();
        Instant appointment = instant(props.get(VanthuModel.PROP_APPOINTMENT_AT));
        Optional<Procedure> procedure = config.catalogue().find(code, day);
        if (procedure.isEmpty() && appointment == null) {
            try {
                config.catalogue().require(code, day);
            } catch (DossierConfigurationException e) {
                throw refused(e.getMessage());
            }
        }
        if (procedure.isPresent()) {
            Procedure p = procedure.get();
            changes.put(VanthuModel.PROP_PROCEDURE_NAME, p.nameVi());
            changes.put(VanthuModel.PROP_FIELD, p.field());
            changes.put(VanthuModel.PROP_HANDLING_UNIT, p.handlingUnit());
            if (appointment == null) {
                appointment = config.calculator().appointment(p, received, List.of());
                changes.put(VanthuModel.PROP_APPOINTMENT_AT, Date.from(appointment));
            }
        }
        if (Props.textOrEmpty(props.get(VanthuModel.PROP_DOSSIER_CODE)).isEmpty()) {
            changes.put(VanthuModel.PROP_DOSSIER_CODE,
                    sequence.allocate(configuration.agencyId(), day).format());
        }
        Instant finished = instant(props.get(VanthuModel.PROP_FINISHED_AT));
        if (finished != null && appointment != null && props.get(VanthuModel.PROP_TIMELINESS) == null) {
            changes.put(VanthuModel.PROP_TIMELINESS, config.lifecycle().policy().classify(finished, appointment).name());
        }
        write(node, changes);
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        String from = Props.textOrEmpty(before.get(VanthuModel.PROP_DOSSIER_STATUS));
        String to = Props.textOrEmpty(after.get(VanthuModel.PROP_DOSSIER_STATUS));
        if (from.isEmpty() || to.isEmpty() || !nodeService.exists(node)) {
            return; // creation (no status before)
        }
        if (from.equals(to)) {
            recomputeIfReceiptChanged(node, before, after);
            return;
        }
        DossierStatus target;
        DossierStatus source;
        try {
            source = DossierStatus.fromCode(from);
            target = DossierStatus.fromCode(to);
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
        DossierConfiguration.Snapshot config = configuration.current();
        DossierRecord record = record(before, source, config);
        Instant at = givenOrNow(before, after, target);
        DossierRecord changed;
        try {
            changed = config.lifecycle().change(record, target, at);
        } catch (TransitionRefusedException e) {
            throw refused(e.getMessage());
        }
        Map<QName, Serializable> changes = new HashMap<>();
        putIfChanged(changes, after, VanthuModel.PROP_APPOINTMENT_AT, date(changed.appointmentAt()));
        putIfChanged(changes, after, VanthuModel.PROP_FINISHED_AT, date(changed.finishedAt()));
        putIfChanged(changes, after, VanthuModel.PROP_RETURNED_AT, date(changed.returnedAt()));
        putIfChanged(changes, after, VanthuModel.PROP_TIMELINESS, changed.timeliness() == null ? null : changed.timeliness().name());
        ArrayList<String> intervals = new ArrayList<>();
        changed.supplements().forEach(i -> intervals.add(i.format()));
        putIfChanged(changes, after, VanthuModel.PROP_SUPPLEMENT_INTERVALS, intervals.isEmpty() && after.get(VanthuModel.PROP_SUPPLEMENT_INTERVALS) == null ? null : intervals);
        write(node, changes);
    }

    /**
     * A corrected time of receipt or procedure code: catalogue fields, appointment (with the closed
     * supplement intervals) and, for a finished dossier, timeliness follow, unless the same update
     * also sets the appointment by hand.
     */
    private void recomputeIfReceiptChanged(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        boolean receiptChanged = !Objects.equals(before.get(VanthuModel.PROP_RECEIVED_AT), after.get(VanthuModel.PROP_RECEIVED_AT))
                || !Objects.equals(before.get(VanthuModel.PROP_PROCEDURE_CODE), after.get(VanthuModel.PROP_PROCEDURE_CODE));
        Instant received = instant(after.get(VanthuModel.PROP_RECEIVED_AT));
        if (!receiptChanged || received == null
                || !Objects.equals(before.get(VanthuModel.PROP_APPOINTMENT_AT), after.get(VanthuModel.PROP_APPOINTMENT_AT))) {
            return;
        }
        DossierConfiguration.Snapshot config = configuration.current();
        Procedure p;
        try {
            p = config.catalogue().require(Props.textOrEmpty(after.get(VanthuModel.PROP_PROCEDURE_CODE)), WorkingCalendar.local(received).toLocalDate());
        } catch (DossierConfigurationException e) {
            throw refused(e.getMessage());
        }
        Instant appointment = config.calculator().appointment(p, received, supplements(after));
        Map<QName, Serializable> changes = new HashMap<>();
        putIfChanged(changes, after, VanthuModel.PROP_PROCEDURE_NAME, p.nameVi());
        putIfChanged(changes, after, VanthuModel.PROP_FIELD, p.field());
        putIfChanged(changes, after, VanthuModel.PROP_HANDLING_UNIT, p.handlingUnit());
        putIfChanged(changes, after, VanthuModel.PROP_APPOINTMENT_AT, Date.from(appointment));
        Instant finished = instant(after.get(VanthuModel.PROP_FINISHED_AT));
        if (finished != null) {
            putIfChanged(changes, after, VanthuModel.PROP_TIMELINESS, config.lifecycle().policy().classify(finished, appointment).name());
        }
        write(node, changes);
    }

    private static List<SupplementInterval> supplements(Map<QName, Serializable> props) {
        List<SupplementInterval> supplements = new ArrayList<>();
        if (props.get(VanthuModel.PROP_SUPPLEMENT_INTERVALS) instanceof List<?> list) {
            for (Object o : list) {
                try {
                    supplements.add(SupplementInterval.parse(String.valueOf(o)));
                } catch (IllegalArgumentException e) {
                    throw refused(e.getMessage());
                }
            }
        }
        return supplements;
    }

    /** The dossier as it was before the update. */
    private DossierRecord record(Map<QName, Serializable> before, DossierStatus status, DossierConfiguration.Snapshot config) {
        Instant received = instant(before.get(VanthuModel.PROP_RECEIVED_AT));
        LegalTimeUnit unit = received == null ? LegalTimeUnit.WORKING_DAYS
                : config.catalogue().find(Props.textOrEmpty(before.get(VanthuModel.PROP_PROCEDURE_CODE)), WorkingCalendar.local(received).toLocalDate())
                        .map(Procedure::unit).orElse(LegalTimeUnit.WORKING_DAYS);
        List<SupplementInterval> supplements = supplements(before);
        String timeliness = Props.textOrEmpty(before.get(VanthuModel.PROP_TIMELINESS));
        return new DossierRecord(status, received, instant(before.get(VanthuModel.PROP_APPOINTMENT_AT)), unit,
                instant(before.get(VanthuModel.PROP_FINISHED_AT)), instant(before.get(VanthuModel.PROP_RETURNED_AT)), supplements,
                timeliness.isEmpty() ? null : Timeliness.valueOf(timeliness));
    }

    /** vt:finishedAt / vt:returnedAt given in the same update as the status, else now. */
    private static Instant givenOrNow(Map<QName, Serializable> before, Map<QName, Serializable> after, DossierStatus target) {
        QName given = target == DossierStatus.PROCESSED ? VanthuModel.PROP_FINISHED_AT
                : target == DossierStatus.RETURNED ? VanthuModel.PROP_RETURNED_AT : null;
        if (given != null && after.get(given) != null && !Objects.equals(before.get(given), after.get(given))) {
            return instant(after.get(given));
        }
        return Instant.now();
    }

    private static void putIfChanged(Map<QName, Serializable> changes, Map<QName, Serializable> after, QName prop, Serializable value) {
        if (!Objects.equals(after.get(prop), value)) {
            changes.put(prop, value);
        }
    }

    private void write(NodeRef node, Map<QName, Serializable> changes) {
        if (changes.isEmpty()) {
            return;
        }
        // Our own writes must not come back to this behaviour (nor trigger versioning or auditing of the node).
        OwnWrites.withBehavioursOff(behaviourFilter, node, () -> nodeService.addProperties(node, changes));
    }

    /**
     * The refusal of a change. An integrity failure: the transaction is rolled back and the REST API
     * answers 422 with the message, as for any other invalid value.
     */
    private static IntegrityException refused(String message) {
        return new IntegrityException(message, List.of());
    }

    static Instant instant(Serializable value) {
        return value instanceof Date d ? d.toInstant() : null;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
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

    public void setSequence(DossierSequence sequence) {
        this.sequence = sequence;
    }
}
