package vn.vanthu.repo.registers;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.register.FollowUpProgress;
import vn.vanthu.register.RegisterEntry;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterPeriod;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.NodeQueries;

/**
 * Reads the documents of a register from the database, without the search index: one
 * transactional metadata query per year, on the type and an exact match of vt:registerYear
 * (kept by the numbering behaviours), the simplest conditions the database query engine runs.
 * The days of a date range are then selected by the register itself.
 */
public class RegisterQuery {

    public static final int PAGE = 1000;

    private final NodeQueries nodeQueries = new NodeQueries();
    private NodeService nodeService;
    private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");

    public RegisterQuery() {
        nodeQueries.setPageSize(PAGE);
    }

    public void setSearchService(SearchService searchService) {
        nodeQueries.setSearchService(searchService);
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** The query text of one year of a register (also used to list never-checked outgoing documents). */
    public static String query(RegisterKind kind, int year) {
        String type = kind == RegisterKind.OUTGOING ? "vt:outgoingDocument" : "vt:incomingDocument";
        return "TYPE:\"" + type + "\" AND =vt:registerYear:" + year;
    }

    /**
     * The documents of the register's years. For the follow-up register, each reply is dated by the
     * outgoing document with its notation, looked for in the outgoing registers of the same years
     * and the next one (a reply is issued after the arrival, at the latest the year after).
     */
    public List<RegisterEntry> entries(RegisterKind kind, RegisterPeriod period) {
        List<RegisterEntry> entries = read(kind, period.from().getYear(), period.to().getYear());
        if (kind == RegisterKind.INCOMING_FOLLOW_UP && entries.stream().anyMatch(e -> e.replyNotation() != null)) {
            FollowUpProgress.dateReplies(entries, read(RegisterKind.OUTGOING, period.from().getYear(), period.to().getYear() + 1));
        }
        return entries;
    }

    private List<RegisterEntry> read(RegisterKind kind, int fromYear, int toYear) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            nodeQueries.forEach(query(kind, year), node -> {
                if (nodeService.exists(node)) {
                    entries.add(entry(nodeService.getProperties(node)));
                }
            });
        }
        return entries;
    }

    RegisterEntry entry(Map<QName, Serializable> p) {
        return new RegisterEntry()
                .arrivalNumber(Props.integer(p.get(VanthuModel.PROP_ARRIVAL_NUMBER)))
                .arrivalDate(Props.localDate(p.get(VanthuModel.PROP_ARRIVAL_DATE), zone))
                .codeNumber(Props.integer(p.get(VanthuModel.PROP_CODE_NUMBER)))
                .codeNotation(Props.text(p.get(VanthuModel.PROP_CODE_NOTATION)))
                .issuedDate(Props.localDate(p.get(VanthuModel.PROP_ISSUED_DATE), zone))
                .typeName(Props.text(p.get(VanthuModel.PROP_TYPE_NAME)))
                .subject(Props.text(p.get(VanthuModel.PROP_SUBJECT)))
                .organName(Props.text(p.get(VanthuModel.PROP_ORGAN_NAME)))
                .signerFullName(Props.text(p.get(VanthuModel.PROP_SIGNER_FULL_NAME)))
                .recipients(Props.texts(p.get(VanthuModel.PROP_RECIPIENTS)))
                .toPlaces(String.join("; ", Props.texts(p.get(VanthuModel.PROP_TO_PLACES))).transform(s -> s.isEmpty() ? null : s))
                .fileCopyUnit(Props.text(p.get(VanthuModel.PROP_FILE_COPY_UNIT)))
                .issuedAmount(Props.integer(p.get(VanthuModel.PROP_ISSUED_AMOUNT)))
                .sentDate(Props.localDate(p.get(VanthuModel.PROP_TRANSMITTED_AT), zone))
                .forwardedDate(Props.localDate(p.get(VanthuModel.PROP_FORWARDED_AT), zone))
                .handler(Props.text(p.get(VanthuModel.PROP_HANDLER)))
                .dueDate(Props.localDate(p.get(VanthuModel.PROP_DUE_DATE), zone))
                .replyNotation(Props.text(p.get(VanthuModel.PROP_REPLY_NOTATION)))
                .notes(Props.text(p.get(VanthuModel.PROP_NOTES)));
    }
}
