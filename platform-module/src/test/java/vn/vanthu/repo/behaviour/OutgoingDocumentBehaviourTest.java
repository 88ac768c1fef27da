package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.repo.model.VanthuModel;

class OutgoingDocumentBehaviourTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private RepositoryFixture repo;
    private OutgoingDocumentBehaviour behaviour;

    private void setUp(String series) {
        repo = new RepositoryFixture(series);
        behaviour = repo.wire(new OutgoingDocumentBehaviour(), "2023-01-05T18:00:00Z");
    }

    @AfterEach
    void tearDown() {
        if (repo != null) {
            repo.close();
        }
    }

    private NodeRef create(Map<QName, Serializable> props) {
        var assoc = repo.create(VanthuModel.TYPE_OUTGOING_DOCUMENT, props);
        behaviour.onCreateNode(assoc);
        return assoc.getChildRef();
    }

    private Serializable prop(NodeRef node, QName name) {
        return repo.properties.get(node).get(name);
    }

    private static Map<QName, Serializable> typed(String typeName) {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_TYPE_NAME, typeName);
        return p;
    }

    @Test
    void aDecisionIsNumberedWhenCreatedWithItsType() {
        setUp("single");
        NodeRef decision = create(typed("Quyết định"));
        assertEquals(1, prop(decision, VanthuModel.PROP_CODE_NUMBER));
        assertEquals("01/QĐ-UBND", prop(decision, VanthuModel.PROP_CODE_NOTATION));
        // issued today in Hà Nội (05/01 18:00 UTC is 06/01 01:00 there)
        assertEquals(Date.from(LocalDate.of(2023, 1, 6).atStartOfDay(VN).toInstant()), prop(decision, VanthuModel.PROP_ISSUED_DATE));
        assertEquals(2023, prop(decision, VanthuModel.PROP_REGISTER_YEAR));

        Map<QName, Serializable> letter = typed("Công văn");
        letter.put(VanthuModel.PROP_CODE_NOTATION, "VX");
        assertEquals("02/UBND-VX", prop(create(letter), VanthuModel.PROP_CODE_NOTATION));
        assertEquals("03/UBND-VP", prop(create(typed("Công văn")), VanthuModel.PROP_CODE_NOTATION));
        assertEquals("01/SY-UBND", prop(create(typed("Bản sao y")), VanthuModel.PROP_CODE_NOTATION));
    }

    @Test
    void aDraftIsNumberedWhenItsTypeIsSet() {
        setUp("per-type");
        NodeRef draft = create(Map.of(VanthuModel.PROP_SUBJECT, "Về việc tổ chức Tết"));
        assertNull(prop(draft, VanthuModel.PROP_CODE_NUMBER));
        create(typed("Kế hoạch"));
        Map<QName, Serializable>[] change = repo.update(draft, Map.of(VanthuModel.PROP_TYPE_NAME, "Kế hoạch",
                VanthuModel.PROP_ISSUED_DATE, Date.from(LocalDate.of(2023, 2, 1).atStartOfDay(VN).toInstant())));
        behaviour.onUpdateProperties(draft, change[0], change[1]);
        assertEquals("02/KH-UBND", prop(draft, VanthuModel.PROP_CODE_NOTATION));
        assertEquals("01/QĐ-UBND", prop(create(typed("Quyết định")), VanthuModel.PROP_CODE_NOTATION), "own series per type");
        Map<QName, Serializable>[] redate = repo.update(draft, Map.of(VanthuModel.PROP_ISSUED_DATE,
                Date.from(LocalDate.of(2024, 1, 2).atStartOfDay(VN).toInstant())));
        behaviour.onUpdateProperties(draft, redate[0], redate[1]);
        assertEquals(2024, prop(draft, VanthuModel.PROP_REGISTER_YEAR));
    }

    @Test
    void aTypedNumberIsKeptWhenFreeAndRefusedWhenUsed() {
        setUp("single");
        Map<QName, Serializable> manual = typed("Quyết định");
        manual.put(VanthuModel.PROP_CODE_NUMBER, 4);
        NodeRef four = create(manual);
        repo.beforeCommit();
        assertEquals("04/QĐ-UBND", prop(four, VanthuModel.PROP_CODE_NOTATION));
        create(manual);
        IntegrityException e = assertThrows(IntegrityException.class, repo::beforeCommit);
        assertTrue(e.getMessage().contains("Number 04/QĐ-UBND is already used"), e.getMessage());
        assertTrue(e.getMessage().contains("Số 04/QĐ-UBND đã được dùng"), e.getMessage());
        assertEquals(1, prop(create(typed("Thông báo")), VanthuModel.PROP_CODE_NUMBER));
    }

    @Test
    void aCheckedOutWorkingCopyKeepsTheNumberOfItsOriginal() {
        setUp("single");
        NodeRef original = create(typed("Quyết định"));
        NodeRef workingCopy = create(new HashMap<>(repo.properties.get(original)));
        repo.aspects.get(workingCopy).add(org.alfresco.model.ContentModel.ASPECT_WORKING_COPY);
        repo.beforeCommit();
        assertEquals("01/QĐ-UBND", prop(workingCopy, VanthuModel.PROP_CODE_NOTATION));
        assertEquals("02/QĐ-UBND", prop(create(typed("Quyết định")), VanthuModel.PROP_CODE_NOTATION));
    }

    @Test
    void anUnknownTypeIsLeftUnnumbered() {
        setUp("single");
        assertNull(prop(create(typed("Nghị định")), VanthuModel.PROP_CODE_NUMBER));
        assertNull(prop(create(typed("Văn bản khác")), VanthuModel.PROP_CODE_NUMBER));
    }

    /** A cm:content node given the outgoing type by a "Specialise type" rule or "Change type". */
    private NodeRef specialise(Map<QName, Serializable> props) {
        return repo.specialise(behaviour, props, Map.of(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY, false,
                VanthuModel.PROP_LANGUAGE, "vi", VanthuModel.PROP_PRIORITY, "normal"));
    }

    @Test
    void aContentNodeGivenTheOutgoingTypeWithItsTypeNameIsNumberedOnceLikeACreatedOne() {
        setUp("single");
        NodeRef specialised = specialise(typed("Quyết định"));
        behaviour.onSetNodeType(specialised, VanthuModel.TYPE_OUTGOING_DOCUMENT, VanthuModel.TYPE_OUTGOING_DOCUMENT);
        repo.beforeCommit(); // a second registration would find its own number used and roll back
        NodeRef created = create(typed("Quyết định"));
        assertEquals(List.of("01/QĐ-UBND", 2023, "02/QĐ-UBND"), List.of(prop(specialised, VanthuModel.PROP_CODE_NOTATION),
                prop(specialised, VanthuModel.PROP_REGISTER_YEAR), prop(created, VanthuModel.PROP_CODE_NOTATION)));
    }

    @Test
    void aContentNodeGivenTheOutgoingTypeWithoutTypeNameWaitsForItLikeADraft() {
        setUp("single");
        NodeRef draft = specialise(Map.of(ContentModel.PROP_NAME, "du-thao.docx"));
        assertNull(prop(draft, VanthuModel.PROP_CODE_NUMBER));
        Map<QName, Serializable>[] change = repo.update(draft, typed("Kế hoạch"));
        behaviour.onUpdateProperties(draft, change[0], change[1]);
        assertEquals("01/KH-UBND", prop(draft, VanthuModel.PROP_CODE_NOTATION));
    }
}
