package vn.vanthu.repo.webscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.NodeQueries;

class FeedbackQueueGetTest {

    @Test
    @SuppressWarnings("unchecked")
    void openFeedbackIsListedEarliestDueFirstWithOverdueMarked() throws Exception {
        NodeQueries queries = mock(NodeQueries.class);
        NodeService nodeService = mock(NodeService.class);
        NodeRef late = new NodeRef("workspace://SpacesStore/late");
        NodeRef soon = new NodeRef("workspace://SpacesStore/soon");
        List<String> asked = new ArrayList<>();
        doAnswer(c -> {
            String query = c.getArgument(0);
            asked.add(query);
            Consumer<NodeRef> each = c.getArgument(1);
            if (query.contains("ASSIGNED")) {
                each.accept(soon);
            }
            if (query.contains("ADMISSIBLE\"") && !query.contains("NOT_")) {
                each.accept(late);
            }
            return null;
        }).when(queries).forEach(anyString(), any(Consumer.class));
        Map<QName, Serializable> a = new HashMap<>();
        a.put(VanthuModel.PROP_FEEDBACK_CODE, "PAKN-230118-0001");
        a.put(VanthuModel.PROP_FEEDBACK_DUE_AT, Date.from(java.time.Instant.parse("2023-02-08T10:00:00Z")));
        a.put(VanthuModel.PROP_FEEDBACK_CHANNEL, "PHONE");
        Map<QName, Serializable> b = new HashMap<>();
        b.put(VanthuModel.PROP_FEEDBACK_CODE, "PAKN-991231-0001");
        b.put(VanthuModel.PROP_FEEDBACK_DUE_AT, Date.from(java.time.Instant.parse("2999-01-15T10:00:00Z")));
        when(nodeService.getProperties(late)).thenReturn(a);
        when(nodeService.getProperties(soon)).thenReturn(b);
        FeedbackQueueGet script = new FeedbackQueueGet();
        script.setNodeQueries(queries);
        script.setNodeService(nodeService);
        WebScriptRequest req = mock(WebScriptRequest.class);
        WebScriptResponse res = mock(WebScriptResponse.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        when(res.getOutputStream()).thenReturn(out);
        script.execute(req, res);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(2, json.get("total").asInt());
        assertEquals(1, json.get("overdue").asInt());
        assertEquals("PAKN-230118-0001", json.get("items").get(0).get("code").asText());
        assertTrue(json.get("items").get(0).get("overdue").asBoolean());
        assertEquals("Điện thoại", json.get("items").get(0).get("channel").asText());
        assertEquals(List.of("TYPE:\"vt:feedback\" AND =vt:feedbackStatus:\"RECEIVED\"",
                "TYPE:\"vt:feedback\" AND =vt:feedbackStatus:\"ADMISSIBLE\"",
                "TYPE:\"vt:feedback\" AND =vt:feedbackStatus:\"NOT_ADMISSIBLE\"",
                "TYPE:\"vt:feedback\" AND =vt:feedbackStatus:\"ASSIGNED\""), asked);
    }
}
