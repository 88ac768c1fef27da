package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Period;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.repo.model.VanthuModel;

/**
 * The outgoing documents of a period whose signature is not VALID, for the signature coverage
 * report: one exact database query per non-VALID status (a simple property condition), filtered
 * by issue day and ordered by issue day and name. Documents never checked have no status to query
 * and are counted in the report but not listed.
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
            nodeQueries.forEach("TYPE:\"vt:outgoingDocument\" AND =vt:signatureStatus:\"" + status + "\"", node -> {
                Map<QName, Serializable> properties = nodeService.getProperties(node);
                NodeFacts facts = factsReader.read(nodeService.getType(node), nodeService.getAspects(node), properties);
                if (facts instanceof DocumentFacts document && status.equals(document.signatureStatus())
                        && !document.day().isBefore(period.from()) && !document.day().isAfter(period.to())) {
                    all.add(new SignatureCoverage.NotValidDocument(node.toString(),
                            (String) properties.get(ContentModel.PROP_NAME),
                            (String) properties.get(VanthuModel.PROP_CODE_NOTATION), document.day().toString(),
                            status, (String) properties.get(VanthuModel.PROP_SIGNATURE_DETAIL)));
                }
            });
        }
        all.sort(Comparator.comparing(SignatureCoverage.NotValidDocument::issuedDate)
                .thenComparing(document -> String.valueOf(document.name())));
        int from = Math.min(skipCount, all.size());
        int to = Math.min(all.size(), from + maxItems);
        return new SignatureCoverage.NotValidPage(List.copyOf(all.subList(from, to)), skipCount, maxItems,
                to < all.size());
    }
}
