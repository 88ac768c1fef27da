package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.InMemoryDossierSequence;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;

class DossierBehaviourTest {

    private final NodeRef node = new NodeRef("workspace://SpacesStore/d1");
    private final NodeRef parent = new NodeRef("workspace://SpacesStore/p1");
    private final NodeService nodeService = mock(NodeService.class);
    private final BehaviourFilter filter = mock(BehaviourFilter.class);
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final DossierBehaviour behaviour = new DossierBehaviour();

    @BeforeEach
    void setUp() {
        DossierConfiguration configuration = new DossierConfiguration();
        configuration.setAgencyId("H15.50.05.13");
        behaviour.setConfiguration(configuration);
        behaviour.setNodeService(nodeService);
        behaviour.setBehaviourFilter(filter);
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setSequence(new InMemoryDossierSequence());
        when(nodeService.exists(node)).thenReturn(true);
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(WorkingCalendar.instant(LocalDateTime.of(y, m, d, h, min)));
    }

    private void create(Map<QName, Serializable> props) {
        when(nodeService.getProperties(node)).thenReturn(props);
        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, QName.createQName(VanthuModel.NAMESPACE_URI, "d"), node));
    }

    @SuppressWarnings("unchecked")
    private Map<QName, Serializable> written() {
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).addProperties(eq(node), captor.capture());
        return captor.getValue();
    }

    @Test
    void bindsCreationAndUpdateOfDossiers() {
        behaviour.init();
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnCreateNodePolicy.QNAME), eq(VanthuModel.TYPE_DOSSIER), any(Behaviour.class));
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME), eq(VanthuModel.TYPE_DOSSIER), any(Behaviour.class));
    }

    @Test
    void birthRegistrationReceivedThursdayAfternoonBeforeTet() {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(VanthuModel.PROP_PROCEDURE_CODE, "1.001193");
        props.put(VanthuModel.PROP_RECEIVED_AT, at(2023, 1, 19, 16, 0));
        props.put(VanthuModel.PROP_DOSSIER_STATUS, "2");
        create(props);
        Map<QName, Serializable> w = written();
        assertEquals(at(2023, 1, 27, 17, 0), w.get(VanthuModel.PROP_APPOINTMENT_AT));
        assertEquals("H15.50.05.13-230119-0001", w.get(VanthuModel.PROP_DOSSIER_CODE));
        assertEquals("Đăng ký khai sinh", w.get(VanthuModel.PROP_PROCEDURE_NAME));
        assertEquals("Hộ tịch", w.get(VanthuModel.PROP_FIELD));
        assertEquals("Tư pháp - Hộ tịch", w.get(VanthuModel.PROP_HANDLING_UNIT));
        InOrder order = inOrder(filter, nodeService);
        order.verify(filter).disableBehaviour(node);
        order.verify(nodeService).addProperties(eq(node), anyMap());
        order.verify(filter).enableBehaviour(node);
    }

    @Test
    void receivedAtDefaultsToNowAndCodesFollowEachOther() {
        Map<QName, Serializable> props = new HashMap<>(Map.of(VanthuModel.PROP_PROCEDURE_CODE, "2.000815"));
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        create(props);
        create(new HashMap<>(props));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(nodeService, times(2)).addProperties(eq(node), captor.capture());
        Date received = (Date) captor.getAllValues().get(0).get(VanthuModel.PROP_RECEIVED_AT);
        assertTrue(!received.toInstant().isBefore(before) && !received.toInstant().isAfter(Instant.now()));
        assertNotNull(captor.getAllValues().get(0).get(VanthuModel.PROP_APPOINTMENT_AT));
        String first = (String) captor.getAllValues().get(0).get(VanthuModel.PROP_DOSSIER_CODE);
        String second = (String) captor.getAllValues().get(1).get(VanthuModel.PROP_DOSSIER_CODE);
        assertTrue(first.endsWith("-0001") && second.endsWith("-0002"), first + " " + second);
    }

    @Test
    void unknownProcedureIsRefusedUnlessTheAppointmentIsGiven() {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(VanthuModel.PROP_PROCEDURE_CODE, "9.999999");
        props.put(VanthuModel.PROP_RECEIVED_AT, at(2023, 1, 19, 9, 0));
        IntegrityException e = assertThrows(IntegrityException.class, () -> create(props));
        assertTrue(e.getMessage().contains("Không có mã thủ tục trong danh mục") && e.getMessage().contains("9.999999"), e.getMessage());
        verify(nodeService, never()).addProperties(any(), anyMap());

        props.put(VanthuModel.PROP_APPOINTMENT_AT, at(2023, 1, 20, 17, 0));
        props.put(VanthuModel.PROP_DOSSIER_CODE, "H15.50.05.13-230119-0042");
        props.put(VanthuModel.PROP_FINISHED_AT, at(2023, 1, 19, 15, 0));
        create(props);
        Map<QName, Serializable> w = written();
        assertEquals("EARLY", w.get(VanthuModel.PROP_TIMELINESS));
        assertEquals(null, w.get(VanthuModel.PROP_DOSSIER_CODE), "an imported code is kept");
    }

    private Map<QName, Serializable> dossier(String status) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(VanthuModel.PROP_PROCEDURE_CODE, "1.004837");
        props.put(VanthuModel.PROP_RECEIVED_AT, at(2023, 3, 6, 9, 0));
        props.put(VanthuModel.PROP_APPOINTMENT_AT, at(2023, 3, 9, 17, 0));
        props.put(VanthuModel.PROP_DOSSIER_STATUS, status);
        return props;
    }

    private static Map<QName, Serializable> with(Map<QName, Serializable> props, QName key, Serializable value) {
        Map<QName, Serializable> copy = new HashMap<>(props);
        copy.put(key, value);
        return copy;
    }

    @Test
    void finishingSetsFinishedAtAndTimeliness() {
        Map<QName, Serializable> before = dossier("4");
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        behaviour.onUpdateProperties(node, before, with(before, VanthuModel.PROP_DOSSIER_STATUS, "9"));
        Map<QName, Serializable> w = written();
        Date finished = (Date) w.get(VanthuModel.PROP_FINISHED_AT);
        assertTrue(!finished.toInstant().isBefore(start));
        assertEquals("LATE", w.get(VanthuModel.PROP_TIMELINESS), "finishing today is after the 2023 appointment");
    }

    @Test
    void finishedAtGivenWithTheStatusIsUsed() {
        Map<QName, Serializable> before = dossier("4");
        Map<QName, Serializable> after = with(with(before, VanthuModel.PROP_DOSSIER_STATUS, "9"), VanthuModel.PROP_FINISHED_AT, at(2023, 3, 8, 10, 0));
        behaviour.onUpdateProperties(node, before, after);
        Map<QName, Serializable> w = written();
        assertEquals("EARLY", w.get(VanthuModel.PROP_TIMELINESS));
        assertTrue(!w.containsKey(VanthuModel.PROP_FINISHED_AT), "already as given");
    }

    @Test
    void returningSetsReturnedAt() {
        Map<QName, Serializable> before = with(with(dossier("9"), VanthuModel.PROP_FINISHED_AT, at(2023, 3, 9, 10, 0)), VanthuModel.PROP_TIMELINESS, "ON_TIME");
        behaviour.onUpdateProperties(node, before, with(before, VanthuModel.PROP_DOSSIER_STATUS, "10"));
        Map<QName, Serializable> w = written();
        assertNotNull(w.get(VanthuModel.PROP_RETURNED_AT));
        assertEquals(1, w.size());
    }

    @Test
    void invalidTransitionIsRefusedWithoutWriting() {
        Map<QName, Serializable> before = dossier("10");
        IntegrityException e = assertThrows(IntegrityException.class,
                () -> behaviour.onUpdateProperties(node, before, with(before, VanthuModel.PROP_DOSSIER_STATUS, "4")));
        assertTrue(e.getMessage().contains("Không được chuyển hồ sơ từ trạng thái 10") && e.getMessage().contains("cannot go from status 10"),
                e.getMessage());
        verify(nodeService, never()).addProperties(any(), anyMap());
    }

    @Test
    void supplementOpensAndClosesAnIntervalAndMovesTheAppointment() {
        Map<QName, Serializable> inProgress = dossier("4");
        behaviour.onUpdateProperties(node, inProgress, with(inProgress, VanthuModel.PROP_DOSSIER_STATUS, "5"));
        Map<QName, Serializable> w = written();
        @SuppressWarnings("unchecked")
        List<String> intervals = (List<String>) w.get(VanthuModel.PROP_SUPPLEMENT_INTERVALS);
        assertEquals(1, intervals.size());
        assertTrue(intervals.get(0).endsWith("/"), intervals.toString());

        Map<QName, Serializable> waiting = with(dossier("5"), VanthuModel.PROP_SUPPLEMENT_INTERVALS,
                new ArrayList<>(List.of("2023-03-07T10:00+07:00/")));
        NodeService second = mock(NodeService.class);
        when(second.exists(node)).thenReturn(true);
        behaviour.setNodeService(second);
        behaviour.onUpdateProperties(node, waiting, with(waiting, VanthuModel.PROP_DOSSIER_STATUS, "4"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(second).addProperties(eq(node), captor.capture());
        List<?> closed = (List<?>) captor.getValue().get(VanthuModel.PROP_SUPPLEMENT_INTERVALS);
        assertTrue(String.valueOf(closed.get(0)).startsWith("2023-03-07T10:00+07:00/20"), closed.toString());
        Date moved = (Date) captor.getValue().get(VanthuModel.PROP_APPOINTMENT_AT);
        assertTrue(moved.after(at(2023, 3, 9, 17, 0)), moved.toString());
    }

    @Test
    void correctedReceiptMovesTheAppointment() {
        Map<QName, Serializable> before = with(dossier("4"), VanthuModel.PROP_FINISHED_AT, null);
        Map<QName, Serializable> after = with(with(before, VanthuModel.PROP_RECEIVED_AT, at(2023, 1, 19, 16, 0)),
                VanthuModel.PROP_PROCEDURE_CODE, "1.001193");
        behaviour.onUpdateProperties(node, before, after);
        Map<QName, Serializable> w = written();
        assertEquals(at(2023, 1, 27, 17, 0), w.get(VanthuModel.PROP_APPOINTMENT_AT));
        assertEquals("Đăng ký khai sinh", w.get(VanthuModel.PROP_PROCEDURE_NAME));
    }

    @Test
    void correctionWithAnUnknownCodeOrAHandSetAppointment() {
        Map<QName, Serializable> before = dossier("4");
        IntegrityException e = assertThrows(IntegrityException.class,
                () -> behaviour.onUpdateProperties(node, before, with(before, VanthuModel.PROP_PROCEDURE_CODE, "1.23")));
        assertTrue(e.getMessage().contains("1.23"), e.getMessage());
        Map<QName, Serializable> byHand = with(with(before, VanthuModel.PROP_PROCEDURE_CODE, "1.000894"),
                VanthuModel.PROP_APPOINTMENT_AT, at(2023, 3, 13, 17, 0));
        behaviour.onUpdateProperties(node, before, byHand);
        verify(nodeService, never()).addProperties(any(), anyMap());
    }

    @Test
    void creationAndUnchangedStatusAreIgnored() {
        behaviour.onUpdateProperties(node, Map.of(), dossier("1"));
        Map<QName, Serializable> same = dossier("4");
        behaviour.onUpdateProperties(node, same, with(same, VanthuModel.PROP_APPLICANT_NAME, "Trần Văn B"));
        verify(nodeService, never()).addProperties(any(), anyMap());
    }
}
