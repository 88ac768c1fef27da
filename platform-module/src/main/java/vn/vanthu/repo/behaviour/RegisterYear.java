package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.alfresco.service.namespace.QName;

import vn.vanthu.numbering.NumberingService;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * The year of the register a document is listed in (vt:registerYear), derived in this one place
 * for the registration behaviours and the statistics rebuild: the year, in the numbering zone
 * (Asia/Ho_Chi_Minh), of the arrival date of an incoming document and of the issue date of an
 * outgoing one. The printed registers find documents by this property only.
 */
public final class RegisterYear {

    private RegisterYear() {
    }

    /** The register year of an incoming document that arrived at {@code arrival}: the year of its arrival number. */
    public static int ofArrival(NumberingService numbering, Instant arrival) {
        return numbering.incomingKey(arrival).year();
    }

    /** The register year of an outgoing document issued on {@code issued} (a day in the numbering zone). */
    public static int ofIssue(LocalDate issued) {
        return issued.getYear();
    }

    /** The day of the document's vt:issuedDate in the numbering zone, or null when it has none. */
    public static LocalDate issueDay(NumberingService numbering, Map<QName, Serializable> props) {
        return Props.localDate(props.get(VanthuModel.PROP_ISSUED_DATE), numbering.config().zone());
    }

    /**
     * Whether the registration behaviours give a document of this type (the type it was queried by)
     * and with these properties a register year: every incoming document, an outgoing one once it has
     * its number (a draft is in no register).
     */
    public static boolean isRegistered(QName type, Map<QName, Serializable> props) {
        return VanthuModel.TYPE_INCOMING_DOCUMENT.equals(type)
                || VanthuModel.TYPE_OUTGOING_DOCUMENT.equals(type) && props.get(VanthuModel.PROP_CODE_NUMBER) != null;
    }

    /**
     * The register year of a registered document from the date it already records, without the
     * "now" the behaviours use for a new document: empty when that date is missing.
     */
    public static Optional<Integer> fromRecordedDate(NumberingService numbering, QName type, Map<QName, Serializable> props) {
        if (VanthuModel.TYPE_INCOMING_DOCUMENT.equals(type)) {
            return props.get(VanthuModel.PROP_ARRIVAL_DATE) instanceof Date arrival
                    ? Optional.of(ofArrival(numbering, arrival.toInstant())) : Optional.empty();
        }
        return Optional.ofNullable(issueDay(numbering, props)).map(RegisterYear::ofIssue);
    }
}
