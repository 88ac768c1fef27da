package vn.vanthu.repo.registers;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.numbering.NumberingService;
import vn.vanthu.repo.behaviour.OwnWrites;
import vn.vanthu.repo.model.VanthuModel;

/**
 * Flags an incoming document whose notation, number, issuer and issued date match an earlier
 * one (vt:possibleDuplicate with vt:duplicateOf = the earlier node). The earlier node is found
 * in the duplicate-key registry of the number store, never through the search index, so the
 * check is exact inside the registering transaction. The document is registered either way.
 */
public class DuplicateFlagger {

    private NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    private NumberingService numberingService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setNumberingService(NumberingService numberingService) {
        this.numberingService = numberingService;
    }

    /** Checks the document's key and sets or clears the warning; returns the earlier node, if any. */
    public Optional<NodeRef> flag(NodeRef document) {
        Map<QName, Serializable> props = nodeService.getProperties(document);
        Optional<String> earlier = numberingService.checkDuplicate(
                Props.text(props.get(VanthuModel.PROP_CODE_NOTATION)),
                Props.integer(props.get(VanthuModel.PROP_CODE_NUMBER)),
                Props.text(props.get(VanthuModel.PROP_ORGAN_NAME)),
                Props.localDate(props.get(VanthuModel.PROP_ISSUED_DATE), numberingService.config().zone()),
                document.toString(),
                ref -> NodeRef.isNodeRef(ref) && nodeService.exists(new NodeRef(ref)));
        boolean flagged = nodeService.hasAspect(document, VanthuModel.ASPECT_POSSIBLE_DUPLICATE);
        if (earlier.isEmpty() && !flagged
                || earlier.isPresent() && flagged && earlier.get().equals(props.get(VanthuModel.PROP_DUPLICATE_OF))) {
            return earlier.map(NodeRef::new);
        }
        OwnWrites.withBehavioursOff(behaviourFilter, document, () -> {
            if (earlier.isPresent()) {
                nodeService.addAspect(document, VanthuModel.ASPECT_POSSIBLE_DUPLICATE,
                        Map.of(VanthuModel.PROP_DUPLICATE_OF, earlier.get()));
            } else {
                nodeService.removeAspect(document, VanthuModel.ASPECT_POSSIBLE_DUPLICATE);
            }
        });
        return earlier.map(NodeRef::new);
    }
}
