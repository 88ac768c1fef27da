package vn.vanthu.repo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanthu.feedback.FeedbackChannel;
import vn.vanthu.feedback.FeedbackStatus;

/** vt:feedback (issue 13) as the repository will load and check it. */
class FeedbackModelTest {
    private static ModelXml model;
    private static ModelValidator validator;

    @BeforeAll
    static void load() throws Exception {
        model = ModelXml.load();
        validator = new ModelValidator(model);
    }

    private static Map<String, Serializable> feedback() {
        Map<String, Serializable> p = new HashMap<>();
        p.put("vt:feedbackCode", "PAKN-230118-0001");
        p.put("vt:submitterName", "Nguyễn Văn An");
        p.put("vt:submitterAddress", "Thôn 3, xã Phú Hồ");
        p.put("vt:submitterPhone", "0905123456");
        p.put("vt:feedbackChannel", "PORTAL");
        p.put("vt:feedbackProcedureCode", "2.000815");
        p.put("vt:feedbackField", "Chứng thực");
        p.put("vt:feedbackContent", "Phí chứng thực niêm yết không rõ.");
        p.put("vt:feedbackReceivedAt", "2023-01-18T10:00:00.000+0700");
        p.put("vt:feedbackDueAt", "2023-02-08T17:00:00.000+0700");
        p.put("vt:feedbackStatus", "ANSWERED");
        p.put("vt:admissible", true);
        p.put("vt:answerText", "Đã niêm yết lại mức phí.");
        p.put("vt:answeredAt", "2023-02-01T09:00:00.000+0700");
        return p;
    }

    @Test
    void aFeedbackIsContentWithItsListsAndDefaults() {
        assertEquals("cm:content", model.classes.get("vt:feedback").parent());
        assertEquals(List.of(), validator.validateNewNode("vt:feedback", feedback()));
        assertEquals(Arrays.stream(FeedbackChannel.values()).map(Enum::name).toList(),
                model.constraints.get("vt:feedbackChannelList").allowedValues());
        assertEquals(Arrays.stream(FeedbackStatus.values()).map(Enum::name).toList(),
                model.constraints.get("vt:feedbackStatusList").allowedValues());
        Map<String, Serializable> minimal = new HashMap<>();
        assertEquals(List.of(), validator.validateNewNode("vt:feedback", minimal), "status and channel have defaults");
        assertEquals("RECEIVED", model.properties().get("vt:feedbackStatus").defaultValue());
        assertEquals("COUNTER", model.properties().get("vt:feedbackChannel").defaultValue());
    }

    @Test
    void valuesOutsideTheListsAreRefused() {
        Map<String, Serializable> p = feedback();
        p.put("vt:feedbackChannel", "FAX");
        assertEquals(List.of("The value is not an allowed value: FAX"), validator.validateNewNode("vt:feedback", p));
        p = feedback();
        p.put("vt:feedbackStatus", "open");
        assertEquals(List.of("The value is not an allowed value: open"), validator.validateNewNode("vt:feedback", p));
    }

    @Test
    void codesAndStatusesAreExactAndFacetableForTheQueueAndReports() {
        for (String property : List.of("vt:feedbackCode", "vt:feedbackChannel", "vt:feedbackStatus", "vt:feedbackProcedureCode",
                "vt:feedbackField", "vt:feedbackHandler")) {
            ModelXml.PropertyDef def = model.properties().get(property);
            assertFalse(def.tokenised(), property);
            assertTrue(def.facetable(), property);
        }
        for (String property : List.of("vt:feedbackReceivedAt", "vt:feedbackDueAt", "vt:answeredAt")) {
            assertEquals("d:datetime", model.properties().get(property).type(), property);
        }
    }
}
