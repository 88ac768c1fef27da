package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.report.output.ReportTable;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.repo.model.VanthuModel;

/**
 * The incoming documents received electronically (vt:receivedElectronically) in a period whose
 * signature fails: the PDF's verdict (vt:signatureStatus) is neither VALID nor PENDING, or the
 * edXML package's own signature (vt:edxmlPackageSignature) is not VALID. Found with exact database
 * queries, one per status ({@code =vt:signatureStatus}, {@code =vt:edxmlPackageSignature}), filtered
 * by arrival day as the report counts incoming documents, ordered by arrival day and name. Added
 * to the signature coverage report as "receivedNotValid" (JSON) and one more table.
 */
public class ReceivedNotValidListing {

    static final String INCOMING = "TYPE:\"vt:incomingDocument\"";
    /** Package verdicts that fail (the domain's EdxmlSignatureStatus without VALID; INVALID packages are refused). */
    static final List<String> PACKAGE_FAILURES = List.of("INVALID", "UNTRUSTED", "UNSIGNED");

    private NodeQueries nodeQueries;
    private NodeService nodeService;
    private NodeFactsReader factsReader;

    /** One received document that fails. */
    public record Item(String id, String name, Integer arrivalNumber, String notation, String arrivalDate, String status,
                       String reason) {
    }

    /** The failing received documents of the period (one entry per document, the PDF verdict first). */
    public List<Item> list(Period period, ReportMessages messages) {
        Map<NodeRef, Item> found = new LinkedHashMap<>();
        for (String status : SignatureCoverage.STATUSES) {
            if (DocumentFacts.VALID.equals(status) || "PENDING".equals(status) || DocumentFacts.NOT_CHECKED.equals(status)) {
                continue;
            }
            collect(INCOMING + " AND =vt:signatureStatus:\"" + status + "\"", period, found, props ->
                    new String[] {status, text(props.get(VanthuModel.PROP_SIGNATURE_DETAIL))});
        }
        for (String status : PACKAGE_FAILURES) {
            collect(INCOMING + " AND =vt:edxmlPackageSignature:\"" + status + "\"", period, found, props ->
                    new String[] {status, messages.format("coverage.packageSignature", statusLabel(messages, status))});
        }
        List<Item> items = new ArrayList<>(found.values());
        items.sort(Comparator.comparing(Item::arrivalDate).thenComparing(item -> String.valueOf(item.name())));
        return items;
    }

    private void collect(String query, Period period, Map<NodeRef, Item> found,
                         java.util.function.Function<Map<QName, Serializable>, String[]> verdict) {
        nodeQueries.forEach(query, node -> {
            if (found.containsKey(node)) {
                return;
            }
            Map<QName, Serializable> props = nodeService.getProperties(node);
            if (!Boolean.TRUE.equals(props.get(VanthuModel.PROP_RECEIVED_ELECTRONICALLY))) {
                return;
            }
            NodeFacts facts = factsReader.read(nodeService.getType(node), nodeService.getAspects(node), props);
            if (facts instanceof DocumentFacts document && document.kind() == DocumentFacts.Kind.INCOMING
                    && !document.day().isBefore(period.from()) && !document.day().isAfter(period.to())) {
                String[] v = verdict.apply(props);
                found.put(node, new Item(node.toString(), text(props.get(ContentModel.PROP_NAME)),
                        props.get(VanthuModel.PROP_ARRIVAL_NUMBER) instanceof Integer n ? n : null,
                        text(props.get(VanthuModel.PROP_CODE_NOTATION)), document.day().toString(), v[0], v[1]));
            }
        });
    }

    /** The signature coverage view with the failing received documents of the period added. */
    public ReportView extend(ReportView view, Period period, ReportMessages messages) {
        List<Item> items = list(period, messages);
        Map<String, Object> json = new LinkedHashMap<>(view.json());
        List<Object> jsonItems = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", item.id());
            entry.put("name", item.name());
            entry.put("arrivalNumber", item.arrivalNumber());
            entry.put("notation", item.notation());
            entry.put("arrivalDate", item.arrivalDate());
            entry.put("status", item.status());
            entry.put("reason", item.reason());
            jsonItems.add(entry);
            List<Object> row = new ArrayList<>();
            row.add(item.name());
            row.add(item.arrivalNumber() == null ? "" : item.arrivalNumber());
            row.add(item.notation() == null ? "" : item.notation());
            row.add(item.arrivalDate());
            row.add(statusLabel(messages, item.status()));
            row.add(item.reason() == null ? "" : item.reason());
            rows.add(row);
        }
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("total", items.size());
        received.put("items", jsonItems);
        json.put("receivedNotValid", received);
        List<ReportTable> tables = new ArrayList<>(view.tables());
        tables.add(new ReportTable(messages.get("coverage.receivedNotValid"), List.of(messages.get("coverage.name"),
                messages.get("coverage.arrivalNumber"), messages.get("coverage.notation"), messages.get("coverage.arrivalDate"),
                messages.get("coverage.status"), messages.get("coverage.reason")), rows));
        return new ReportView(view.name(), view.lang(), view.title(), json, tables, view.paragraphs());
    }

    private static String statusLabel(ReportMessages messages, String status) {
        try {
            return messages.get("status." + status);
        } catch (MissingResourceException e) {
            return status;
        }
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    public void setNodeQueries(NodeQueries nodeQueries) {
        this.nodeQueries = nodeQueries;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFactsReader(NodeFactsReader factsReader) {
        this.factsReader = factsReader;
    }
}
