package vn.vanthu.repo.behaviour;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.metadata.DocumentType;
import vn.vanthu.metadata.Notation;
import vn.vanthu.numbering.NumberingService;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * Issues the number and notation of a vt:outgoingDocument.
 *
 * <p>When: a document is issued when it has its type. A document created with vt:typeName gets
 * its number in the creating transaction (04/QĐ-UBND); a draft created without a type gets it in
 * the transaction that sets the type. The number is that of the year of vt:issuedDate (today in
 * Asia/Ho_Chi_Minh when empty). A number typed by the clerk is kept when it is free in the series
 * and refused when it is used. For a công văn, a vt:codeNotation typed without a number ("VX" or
 * "UBND-VX") names the drafting unit; otherwise the configured default unit is used.
 */
public class OutgoingDocumentBehaviour extends DocumentRegistrationBehaviour {

    private static final Logger LOG = LoggerFactory.getLogger(OutgoingDocumentBehaviour.class);

    @Override
    protected QName documentType() {
        return VanthuModel.TYPE_OUTGOING_DOCUMENT;
    }

    @Override
    protected void register(NodeRef document) {
        if (nodeService.getProperty(document, VanthuModel.PROP_CODE_NUMBER) != null) {
            PresetNumbers.registerBeforeCommit(nodeService, document, () -> issue(document, nodeService.getProperties(document)));
        } else {
            issue(document, nodeService.getProperties(document));
        }
    }

    @Override
    public void onUpdateProperties(NodeRef document, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (before.isEmpty() || !nodeService.exists(document) || PresetNumbers.isCopy(nodeService, document)) {
            return;
        }
        boolean typeJustSet = before.get(VanthuModel.PROP_TYPE_NAME) == null && after.get(VanthuModel.PROP_TYPE_NAME) != null;
        Serializable numberBefore = before.get(VanthuModel.PROP_CODE_NUMBER);
        Serializable numberAfter = after.get(VanthuModel.PROP_CODE_NUMBER);
        if (numberBefore != null && !Objects.equals(before.get(VanthuModel.PROP_ISSUED_DATE), after.get(VanthuModel.PROP_ISSUED_DATE))
                && after.get(VanthuModel.PROP_ISSUED_DATE) != null) {
            // A corrected issue date moves the document to the register of that year.
            setOwnProperty(document, VanthuModel.PROP_REGISTER_YEAR, RegisterYear.ofIssue(issuedDate(after)));
        }
        if (typeJustSet && numberBefore == null) {
            issue(document, after);
        } else if (numberBefore != null && numberAfter instanceof Integer changed && !changed.equals(numberBefore)) {
            // A clerk corrected the number: it must be free in its series and year.
            Optional<DocumentType> type = DocumentType.fromName(Props.text(after.get(VanthuModel.PROP_TYPE_NAME)));
            if (type.isPresent()) {
                LocalDate issued = issuedDate(after);
                refuseIfUsed(() -> numberingService.reserveIssue(type.get(), issued, changed, false,
                        unitHint(after)));
            }
        }
    }

    private void issue(NodeRef document, Map<QName, Serializable> props) {
        String typeName = Props.text(props.get(VanthuModel.PROP_TYPE_NAME));
        if (typeName == null) {
            return;
        }
        Optional<DocumentType> type = DocumentType.fromName(typeName).filter(DocumentType::inDecree30Catalogue);
        if (type.isEmpty()) {
            LOG.warn("Outgoing document {} has type [{}], not a Decree 30 type: not numbered", document, typeName);
            return;
        }
        LocalDate issued = issuedDate(props);
        String unit = unitHint(props);
        NumberingService.Issued issue;
        if (props.get(VanthuModel.PROP_CODE_NUMBER) instanceof Integer manual) {
            NumberingService.Issued[] reserved = new NumberingService.Issued[1];
            refuseIfUsed(
                    () -> reserved[0] = numberingService.reserveIssue(type.get(), issued, manual, false, unit));
            issue = reserved[0];
        } else {
            issue = numberingService.issue(type.get(), issued, false, unit);
        }
        Map<QName, Serializable> numbered = new HashMap<>();
        numbered.put(VanthuModel.PROP_CODE_NUMBER, issue.number());
        String typedNotation = Props.text(props.get(VanthuModel.PROP_CODE_NOTATION));
        boolean clerkNotation = typedNotation != null && Notation.parse(typedNotation).map(n -> n.number() == issue.number()).orElse(false);
        numbered.put(VanthuModel.PROP_CODE_NOTATION, clerkNotation ? typedNotation : issue.notation().toString());
        numbered.put(VanthuModel.PROP_ISSUED_DATE, Props.date(issued, numberingService.config().zone()));
        numbered.put(VanthuModel.PROP_REGISTER_YEAR, RegisterYear.ofIssue(issued));
        addOwnProperties(document, numbered);
    }

    private LocalDate issuedDate(Map<QName, Serializable> props) {
        LocalDate date = RegisterYear.issueDay(numberingService, props);
        return date != null ? date : LocalDate.now(clock.withZone(numberingService.config().zone()));
    }

    /** "VX" or "UBND-VX" typed in vt:codeNotation before numbering names the công văn's drafting unit. */
    private static String unitHint(Map<QName, Serializable> props) {
        String typed = Props.text(props.get(VanthuModel.PROP_CODE_NOTATION));
        if (typed == null || Character.isDigit(typed.charAt(0))) {
            return null;
        }
        int dash = typed.lastIndexOf('-');
        return dash < 0 ? typed : typed.substring(dash + 1);
    }
}
