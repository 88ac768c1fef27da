package vn.vanthu.repo.edxml;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.namespace.QName;

import vn.vanthu.edxml.VanthuDocumentFields;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * The node properties of an incoming document from the mapped edXML fields: each field goes to
 * the vt property of the same local name; Content goes to cm:description. issuedAmount and
 * recipients are outgoing-document properties and are not stored on an incoming document.
 * d:date values are stored as midnight in {@code zone}, as the rest of Vanthu stores them.
 */
final class IncomingProperties {

    private IncomingProperties() {
    }

    static Map<QName, Serializable> of(VanthuDocumentFields f, ZoneId zone) {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_ORGAN_NAME, f.organName());
        p.put(VanthuModel.PROP_CODE_NUMBER, f.codeNumber());
        p.put(VanthuModel.PROP_CODE_NOTATION, f.codeNotation());
        p.put(VanthuModel.PROP_ISSUED_PLACE, f.issuedPlace());
        p.put(VanthuModel.PROP_ISSUED_DATE, date(f.issuedDate(), zone));
        p.put(VanthuModel.PROP_TYPE_NAME, f.typeName());
        p.put(VanthuModel.PROP_SUBJECT, f.subject());
        p.put(ContentModel.PROP_DESCRIPTION, f.description());
        p.put(VanthuModel.PROP_SIGNER_POSITION, f.signerPosition());
        p.put(VanthuModel.PROP_SIGNER_FULL_NAME, f.signerFullName());
        p.put(VanthuModel.PROP_DUE_DATE, date(f.dueDate(), zone));
        p.put(VanthuModel.PROP_PRIORITY, f.priority());
        p.put(VanthuModel.PROP_PAGE_AMOUNT, f.pageAmount());
        p.put(VanthuModel.PROP_LANGUAGE, f.language());
        p.put(VanthuModel.PROP_TO_PLACES, f.toPlaces());
        p.put(VanthuModel.PROP_REPLY_NOTATION, f.replyNotation());
        p.values().removeIf(value -> value == null);
        return p;
    }

    private static Serializable date(LocalDate date, ZoneId zone) {
        return date == null ? null : Props.date(date, zone);
    }
}
