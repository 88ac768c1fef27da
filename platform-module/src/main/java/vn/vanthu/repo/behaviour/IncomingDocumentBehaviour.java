package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.DuplicateFlagger;

/**
 * Registers a vt:incomingDocument: arrival date (now when not given), arrival number (the next
 * of the arrival year in Asia/Ho_Chi_Minh, or the number the clerk typed when it is free) and
 * the duplicate warning.
 *
 * <p>EVERY_EVENT, not TRANSACTION_COMMIT: the number is taken inside the creating transaction,
 * so the REST response that creates the document already carries it, and a creation that rolls
 * back gives its number back. The number store makes concurrent creations wait for each other
 * only on the one number row they compete for.
 */
public class IncomingDocumentBehaviour extends DocumentRegistrationBehaviour {

    /** The properties that make up the duplicate key. */
    static final List<QName> DUPLICATE_KEY = List.of(VanthuModel.PROP_CODE_NOTATION, VanthuModel.PROP_CODE_NUMBER,
            VanthuModel.PROP_ORGAN_NAME, VanthuModel.PROP_ISSUED_DATE);

    private DuplicateFlagger duplicateFlagger;

    public void setDuplicateFlagger(DuplicateFlagger duplicateFlagger) {
        this.duplicateFlagger = duplicateFlagger;
    }

    @Override
    protected QName documentType() {
        return VanthuModel.TYPE_INCOMING_DOCUMENT;
    }

    @Override
    protected void register(NodeRef document) {
        Map<QName, Serializable> props = nodeService.getProperties(document);
        Instant arrival = props.get(VanthuModel.PROP_ARRIVAL_DATE) instanceof Date date ? date.toInstant() : clock.instant();
        if (props.get(VanthuModel.PROP_ARRIVAL_NUMBER) instanceof Integer typed) {
            PresetNumbers.registerBeforeCommit(nodeService, document, () -> {
                refuseIfUsed(() -> numberingService.reserveArrivalNumber(arrival, typed));
                record(document, arrival, typed);
            });
        } else {
            record(document, arrival, numberingService.nextArrivalNumber(arrival));
        }
    }

    private void record(NodeRef document, Instant arrival, int number) {
        Map<QName, Serializable> registration = new HashMap<>();
        registration.put(VanthuModel.PROP_ARRIVAL_DATE, Date.from(arrival));
        registration.put(VanthuModel.PROP_ARRIVAL_NUMBER, number);
        registration.put(VanthuModel.PROP_REGISTER_YEAR, RegisterYear.ofArrival(numberingService, arrival));
        addOwnProperties(document, registration);
        duplicateFlagger.flag(document);
    }

    @Override
    public void onUpdateProperties(NodeRef document, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        // The creation itself is handled by onCreateNode, a type change by onSetNodeType; copies are not registrations.
        if (before.isEmpty() || !nodeService.exists(document) || PresetNumbers.isCopy(nodeService, document)) {
            return;
        }
        Serializable numberBefore = before.get(VanthuModel.PROP_ARRIVAL_NUMBER);
        Serializable numberAfter = after.get(VanthuModel.PROP_ARRIVAL_NUMBER);
        if (numberBefore != null && numberAfter instanceof Integer changed && !changed.equals(numberBefore)) {
            Instant arrival = after.get(VanthuModel.PROP_ARRIVAL_DATE) instanceof Date date ? date.toInstant() : clock.instant();
            refuseIfUsed(() -> numberingService.reserveArrivalNumber(arrival, changed));
        }
        if (!Objects.equals(before.get(VanthuModel.PROP_ARRIVAL_DATE), after.get(VanthuModel.PROP_ARRIVAL_DATE))
                && after.get(VanthuModel.PROP_ARRIVAL_DATE) instanceof Date date) {
            // A corrected arrival date moves the document to the register of that year.
            setOwnProperty(document, VanthuModel.PROP_REGISTER_YEAR, RegisterYear.ofArrival(numberingService, date.toInstant()));
        }
        for (QName key : DUPLICATE_KEY) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                duplicateFlagger.flag(document);
                return;
            }
        }
    }
}
