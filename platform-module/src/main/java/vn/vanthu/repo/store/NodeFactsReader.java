package vn.vanthu.repo.store;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.namespace.QName;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DossierFacts;
import vn.vanthu.report.FeedbackFacts;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.repo.model.VanthuModel;

/**
 * Reads what a node counts for from its type, aspects and properties. Times become days in the
 * commune's time zone ({@code vanthu.reports.timeZone}); a d:date (vt:issuedDate) is a calendar day
 * whatever zone it was stored at midnight of.
 */
public class NodeFactsReader {

    private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");

    public void setTimeZone(String timeZone) {
        this.zone = ZoneId.of(timeZone);
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The facts of a node, or null when it does not count (other type, working copy, no date). */
    public NodeFacts read(QName type, Set<QName> aspects, Map<QName, Serializable> properties) {
        if (aspects != null && aspects.contains(ContentModel.ASPECT_WORKING_COPY)) {
            return null;
        }
        if (VanthuModel.TYPE_INCOMING_DOCUMENT.equals(type)) {
            LocalDate day = firstDay(properties, VanthuModel.PROP_ARRIVAL_DATE, ContentModel.PROP_CREATED);
            boolean entered = Boolean.TRUE.equals(properties.get(VanthuModel.PROP_RECEIVED_ELECTRONICALLY))
                    || hasContent(properties.get(ContentModel.PROP_CONTENT));
            return day == null ? null : new DocumentFacts(DocumentFacts.Kind.INCOMING, day, entered,
                    text(properties, VanthuModel.PROP_SIGNATURE_STATUS));
        }
        if (VanthuModel.TYPE_OUTGOING_DOCUMENT.equals(type)) {
            LocalDate day = calendarDay(properties.get(VanthuModel.PROP_ISSUED_DATE));
            if (day == null) {
                day = firstDay(properties, VanthuModel.PROP_TRANSMITTED_AT, ContentModel.PROP_CREATED);
            }
            boolean transmitted = Boolean.TRUE.equals(properties.get(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY));
            return day == null ? null : new DocumentFacts(DocumentFacts.Kind.OUTGOING, day, transmitted,
                    text(properties, VanthuModel.PROP_SIGNATURE_STATUS));
        }
        if (VanthuModel.TYPE_DOSSIER.equals(type)) {
            return DossierFacts.fromProperties(text(properties, VanthuModel.PROP_DOSSIER_STATUS),
                    instant(properties.get(VanthuModel.PROP_RECEIVED_AT)),
                    text(properties, VanthuModel.PROP_CHANNEL), text(properties, VanthuModel.PROP_FIELD),
                    text(properties, VanthuModel.PROP_HANDLING_UNIT),
                    (Boolean) properties.get(VanthuModel.PROP_ELECTRONIC),
                    instant(properties.get(VanthuModel.PROP_APPOINTMENT_AT)),
                    instant(properties.get(VanthuModel.PROP_FINISHED_AT)),
                    instant(properties.get(VanthuModel.PROP_RETURNED_AT)),
                    instant(properties.get(ContentModel.PROP_MODIFIED)),
                    text(properties, VanthuModel.PROP_TIMELINESS), zone);
        }
        if (VanthuModel.TYPE_FEEDBACK.equals(type)) {
            return FeedbackFacts.fromProperties(text(properties, VanthuModel.PROP_FEEDBACK_STATUS),
                    instant(properties.get(VanthuModel.PROP_FEEDBACK_RECEIVED_AT)),
                    text(properties, VanthuModel.PROP_FEEDBACK_CHANNEL), text(properties, VanthuModel.PROP_FEEDBACK_FIELD),
                    (Boolean) properties.get(VanthuModel.PROP_ADMISSIBLE),
                    instant(properties.get(VanthuModel.PROP_FEEDBACK_DUE_AT)),
                    instant(properties.get(VanthuModel.PROP_ANSWERED_AT)),
                    instant(properties.get(ContentModel.PROP_MODIFIED)), zone);
        }
        return null;
    }

    private LocalDate firstDay(Map<QName, Serializable> properties, QName first, QName second) {
        Instant instant = instant(properties.get(first));
        if (instant == null) {
            instant = instant(properties.get(second));
        }
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /** The day of a d:date, stored as midnight of some zone within 12 hours of UTC. */
    static LocalDate calendarDay(Serializable value) {
        Instant instant = instant(value);
        return instant == null ? null : LocalDate.ofInstant(instant.plus(Duration.ofHours(12)), ZoneOffset.UTC);
    }

    private static Instant instant(Serializable value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

    private static String text(Map<QName, Serializable> properties, QName name) {
        Serializable value = properties.get(name);
        return value == null ? null : value.toString();
    }

    /** A ContentData with a content URL and at least one byte. */
    public static boolean hasContent(Serializable content) {
        return content instanceof ContentData data && ContentData.hasContent(data) && data.getSize() > 0;
    }
}
