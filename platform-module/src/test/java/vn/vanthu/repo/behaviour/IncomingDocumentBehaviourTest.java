package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.repo.model.VanthuModel;

class IncomingDocumentBehaviourTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private RepositoryFixture repo;
    private IncomingDocumentBehaviour behaviour;

    @BeforeEach
    void setUp() {
        repo = new RepositoryFixture("single");
        behaviour = repo.wire(new IncomingDocumentBehaviour(), "2023-12-31T17:30:00Z");
        behaviour.setDuplicateFlagger(repo.flagger);
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    private NodeRef register(Map<QName, Serializable> props) {
        var assoc = repo.create(VanthuModel.TYPE_INCOMING_DOCUMENT, props);
        behaviour.onCreateNode(assoc);
        return assoc.getChildRef();
    }

    private Serializable prop(NodeRef node, QName name) {
        return repo.properties.get(node).get(name);
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Map<QName, Serializable> header(String notation, String organ, LocalDate issued) {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_CODE_NOTATION, notation);
        p.put(VanthuModel.PROP_ORGAN_NAME, organ);
        p.put(VanthuModel.PROP_ISSUED_DATE, Date.from(issued.atStartOfDay(VN).toInstant()));
        return p;
    }

    @Test
    void bindsCreationAndUpdateOfIncomingDocuments() {
        PolicyComponent policies = mock(PolicyComponent.class);
        behaviour.setPolicyComponent(policies);
        behaviour.init();
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnCreateNodePolicy.QNAME),
                eq(VanthuModel.TYPE_INCOMING_DOCUMENT), any(org.alfresco.repo.policy.Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(VanthuModel.TYPE_INCOMING_DOCUMENT), any(org.alfresco.repo.policy.Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnSetNodeTypePolicy.QNAME),
                eq(VanthuModel.TYPE_INCOMING_DOCUMENT), any(org.alfresco.repo.policy.Behaviour.class));
    }

    /** The incoming document's default properties, which setType adds. */
    static Map<QName, Serializable> incomingDefaults() {
        return Map.of(VanthuModel.PROP_RECEIVED_ELECTRONICALLY, false, VanthuModel.PROP_LANGUAGE, "vi",
                VanthuModel.PROP_PRIORITY, "normal");
    }

    /** A cm:content node given the type by a "Specialise type" rule. */
    private NodeRef specialise(Map<QName, Serializable> props) {
        return repo.specialise(behaviour, props, incomingDefaults());
    }

    @Test
    void aContentNodeGivenTheIncomingTypeIsRegisteredOnceLikeACreatedOne() {
        NodeRef specialised = specialise(Map.of(ContentModel.PROP_NAME, "cv-12.pdf"));
        assertEquals(1, prop(specialised, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertEquals(2024, prop(specialised, VanthuModel.PROP_REGISTER_YEAR));
        assertEquals(at("2023-12-31T17:30:00Z"), prop(specialised, VanthuModel.PROP_ARRIVAL_DATE));
        // the type set again (a rule run twice, "Change type" to the same type) registers nothing more
        behaviour.onSetNodeType(specialised, VanthuModel.TYPE_INCOMING_DOCUMENT, VanthuModel.TYPE_INCOMING_DOCUMENT);
        repo.beforeCommit(); // a second registration would find its own number used and roll back
        assertEquals(1, prop(specialised, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertEquals(2, prop(register(Map.of()), VanthuModel.PROP_ARRIVAL_NUMBER), "the type change took one number");
    }

    @Test
    void aSpecialisedDocumentIsFlaggedAsADuplicateLikeACreatedOne() {
        LocalDate issued = LocalDate.of(2023, 3, 15);
        NodeRef first = register(header("12/UBND-VX", "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", issued));
        Map<QName, Serializable> again = header("12/UBND-VX", "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", issued);
        again.put(ContentModel.PROP_NAME, "cv-12 (1).pdf");
        NodeRef second = specialise(again);
        assertEquals(2, prop(second, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertTrue(repo.aspects.get(second).contains(VanthuModel.ASPECT_POSSIBLE_DUPLICATE));
        assertEquals(first.toString(), prop(second, VanthuModel.PROP_DUPLICATE_OF));
    }

    @Test
    void arrivalNumbersRunInTheArrivalYearInVietnamTime() {
        NodeRef first = register(Map.of(VanthuModel.PROP_ARRIVAL_DATE, at("2023-12-31T10:00:00Z")));
        // no arrival date: now, which is already 01/01/2024 in Hà Nội
        NodeRef second = register(Map.of());
        NodeRef third = register(Map.of(VanthuModel.PROP_ARRIVAL_DATE, at("2023-12-31T16:59:00Z")));
        assertEquals(1, prop(first, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertEquals(2023, prop(first, VanthuModel.PROP_REGISTER_YEAR));
        assertEquals(1, prop(second, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertEquals(2024, prop(second, VanthuModel.PROP_REGISTER_YEAR));
        assertEquals(at("2023-12-31T17:30:00Z"), prop(second, VanthuModel.PROP_ARRIVAL_DATE));
        assertEquals(2, prop(third, VanthuModel.PROP_ARRIVAL_NUMBER));
        // the clerk corrects the arrival date of the second into 2023: it moves to the 2023 register
        Map<QName, Serializable>[] change = repo.update(second, Map.of(VanthuModel.PROP_ARRIVAL_DATE, at("2023-12-30T03:00:00Z")));
        behaviour.onUpdateProperties(second, change[0], change[1]);
        assertEquals(2023, prop(second, VanthuModel.PROP_REGISTER_YEAR));
        // the behaviour's own writes do not re-trigger behaviours
        verify(repo.behaviourFilter, times(4)).disableBehaviour(any(NodeRef.class));
        verify(repo.behaviourFilter, times(4)).enableBehaviour(any(NodeRef.class));
    }

    @Test
    void aTypedArrivalNumberIsKeptWhenFreeAndRefusedWhenUsed() {
        NodeRef typed = register(Map.of(VanthuModel.PROP_ARRIVAL_DATE, at("2023-03-01T02:00:00Z"), VanthuModel.PROP_ARRIVAL_NUMBER, 5));
        repo.beforeCommit();
        assertEquals(5, prop(typed, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertEquals(2023, prop(typed, VanthuModel.PROP_REGISTER_YEAR));
        register(Map.of(VanthuModel.PROP_ARRIVAL_DATE, at("2023-06-01T02:00:00Z"), VanthuModel.PROP_ARRIVAL_NUMBER, 5));
        IntegrityException e = assertThrows(IntegrityException.class, repo::beforeCommit);
        assertTrue(e.getMessage().contains("Number 5 is already used in register incoming of 2023"), e.getMessage());
        assertTrue(e.getMessage().contains("Số 5 đã được dùng trong sổ incoming năm 2023"), e.getMessage());
        // changing a registered number by hand to a used one is refused too
        NodeRef other = register(Map.of(VanthuModel.PROP_ARRIVAL_DATE, at("2023-06-01T02:00:00Z")));
        assertEquals(1, prop(other, VanthuModel.PROP_ARRIVAL_NUMBER));
        Map<QName, Serializable>[] change = repo.update(other, Map.of(VanthuModel.PROP_ARRIVAL_NUMBER, 5));
        assertThrows(IntegrityException.class, () -> behaviour.onUpdateProperties(other, change[0], change[1]));
    }

    @Test
    void copiesOfARegisteredDocumentNeitherTakeNorBlockANumber() {
        NodeRef original = register(header("12/UBND-VX", "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", LocalDate.of(2023, 3, 15)));
        Map<QName, Serializable> copied = new HashMap<>(repo.properties.get(original));
        NodeRef workingCopy = register(copied);
        NodeRef copy = register(copied);
        // the repository marks them after creating them, before the commit
        repo.aspects.get(workingCopy).add(org.alfresco.model.ContentModel.ASPECT_WORKING_COPY);
        repo.aspects.get(copy).add(org.alfresco.model.ContentModel.ASPECT_COPIEDFROM);
        repo.beforeCommit();
        assertEquals(1, prop(workingCopy, VanthuModel.PROP_ARRIVAL_NUMBER));
        assertFalse(repo.aspects.get(workingCopy).contains(VanthuModel.ASPECT_POSSIBLE_DUPLICATE));
        assertEquals(2, prop(register(Map.of()), VanthuModel.PROP_ARRIVAL_NUMBER), "the next arrival is still 2");
    }

    @Test
    void aDocumentRegisteredTwiceIsFlaggedWithALinkToTheFirst() {
        LocalDate issued = LocalDate.of(2023, 3, 15);
        NodeRef first = register(header("12/UBND-VX", "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", issued));
        NodeRef again = register(header("12 /UBND-VX", "Ủy ban nhân dân xã Phú Hồ", issued));
        NodeRef other = register(header("13/UBND-VX", "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", issued));
        assertFalse(repo.aspects.get(first).contains(VanthuModel.ASPECT_POSSIBLE_DUPLICATE));
        assertTrue(repo.aspects.get(again).contains(VanthuModel.ASPECT_POSSIBLE_DUPLICATE));
        assertEquals(first.toString(), prop(again, VanthuModel.PROP_DUPLICATE_OF));
        assertEquals(2, prop(again, VanthuModel.PROP_ARRIVAL_NUMBER), "registered all the same");
        assertFalse(repo.aspects.get(other).contains(VanthuModel.ASPECT_POSSIBLE_DUPLICATE));

        // a clerk corrects the notation of the third: now it is a duplicate too
        Map<QName, Serializable>[] change = repo.update(other, Map.of(VanthuModel.PROP_CODE_NOTATION, "12/UBND-VX"));
        behaviour.onUpdateProperties(other, change[0], change[1]);
        assertEquals(first.toString(), prop(other, VanthuModel.PROP_DUPLICATE_OF));
    }
}
