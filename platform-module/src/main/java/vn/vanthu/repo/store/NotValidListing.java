package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.register.RegisterKind;
import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Period;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.RegisterQuery;

/**
 * The outgoing documents of a period whose signature is not VALID, for the signature coverage
 * report, filtered by issue day and ordered by issue day and name. Only exact database queries on
 * simple conditions, so the list works with and without the search index: one query per non-VALID
 * status ({@code =vt:signatureStatus}); documents never checked have no status to match, so they
 * are found with the register queries of every year the period touches ({@code =vt:registerYear})
 * and kept when they have no status. A document is listed under the status and day it is counted
 * under (its {@link DocumentFacts}), so the list agrees with the counts of the report; outgoing
 * documents without vt:registerYear (never numbered) are counted as never checked but not listed.
 */
public class NotValidListing {

    private NodeQueries nodeQueries;
    private NodeService nodeService;
    private NodeFactsReader factsReader;

    public void setNodeQueries(NodeQueries nodeQueries) {
        this.nodeQueries = nodeQueries;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFactsReader(NodeFactsReader factsReader) {
        this.factsReader = factsReader;
    }

    /** One page of the not-VALID outgoing documents of the period. */
    public SignatureCoverage.NotValidPage page(Period period, int skipCount, int maxItems) {
        List<SignatureCoverage.NotValidDocument> all = new ArrayList<>();
        for (String status : SignatureCoverage.STATUSES) {
            if (DocumentFacts.VALID.equals(status) || DocumentFacts.NOT_CHECKED.equals(status)) {
                continue;
            }
            collect("TYPE:\"vt:outgoingDocument\" AND =vt:signatureStatus:\"" + status + "\"", period, status,
                    properties -> (String) properties.get(VanthuModel.PROP_SIGNATURE_DETAIL), all);
        }
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            collect(RegisterQuery.query(RegisterKind.OUTGOING, year), period, DocumentFacts.NOT_CHECKED,
                    properties -> SignatureCoverage.NOT_CHECKED_REASON, all);
        }
        all.sort(Comparator.comparing(SignatureCoverage.NotValidDocument::issuedDate)
                .thenComparing(document -> String.valueOf(document.name())));
        int from = Math.min(skipCount, all.size());
        int to = Math.min(all.size(), from + maxItems);
        return new SignatureCoverage.NotValidPage(List.copyOf(all.subList(from, to)), skipCount, maxItems,
                to < all.size());
    }

    /**
     * Adds the outgoing documents of the query that count under {@code status} (the key of
     * {@link DocumentFacts#signatureKey()}) on a day of the period.
     */
    private void collect(String query, Period period, String status,
                         Function<Map<QName, Serializable>, String> reason,
                         List<SignatureCoverage.NotValidDocument> all) {
        String key = DocumentFacts.SIGNATURE_PREFIX + status;
        nodeQueries.forEach(query, node -> {
            Map<QName, Serializable> properties = nodeService.getProperties(node);
            NodeFacts facts = factsReader.read(nodeService.getType(node), nodeService.getAspects(node), properties);
            if (facts instanceof DocumentFacts document && document.kind() == DocumentFacts.Kind.OUTGOING
                    && key.equals(document.signatureKey())
                    && !document.day().isBefore(period.from()) && !document.day().isAfter(period.to())) {
                all.add(new SignatureCoverage.NotValidDocument(node.toString(),
                        (String) properties.get(ContentModel.PROP_NAME),
                        (String) properties.get(VanthuModel.PROP_CODE_NOTATION), document.day().toString(),
                        status, reason.apply(properties)));
            }
        });
    }
}
