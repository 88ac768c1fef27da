package vn.vanthu.repo.webscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.repo.action.RebuildStatisticsActionExecuter;
import vn.vanthu.repo.store.StatisticsRebuilder;

class RebuildStatisticsWebScriptTest {

    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final StatisticsRebuilder rebuilder = mock(StatisticsRebuilder.class);
    private final ReportAccess access = new ReportAccess();
    private final WebScriptRequest request = mock(WebScriptRequest.class);
    private final WebScriptResponse response = mock(WebScriptResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final GuardedStatisticsRebuild rebuild = new GuardedStatisticsRebuild();
    private final RebuildStatisticsWebScript script = new RebuildStatisticsWebScript();

    @BeforeEach
    void setUp() throws IOException {
        access.setAuthorityService(authorityService);
        access.setGroup("GROUP_VANTHU_ADMINS");
        rebuild.setRebuilder(rebuilder);
        rebuild.setReportAccess(access);
        script.setRebuild(rebuild);
        when(response.getOutputStream()).thenReturn(body);
        when(rebuilder.rebuild()).thenReturn(new StatisticsRebuilder.Result(Map.of("incomingDocument", 2283), 1,
                List.of(new StatisticsRebuilder.Correction("INCOMING", "2023-12-06", "count", 3, 2)), 40, 3));
    }

    @Test
    void answersWithTheCorrections() throws IOException {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_VANTHU_ADMINS"));
        script.execute(request, response);
        JsonNode json = new ObjectMapper().readTree(body.toByteArray());
        assertEquals(2283, json.at("/nodes/incomingDocument").asInt());
        assertEquals(1, json.get("bucketsCorrected").asInt());
        assertEquals(3, json.at("/corrections/0/stored").asLong());
        assertEquals(2, json.at("/corrections/0/counted").asLong());
        assertEquals(40, json.get("registerYearsSet").asInt());
        assertEquals(3, json.get("registerYearsUndetermined").asInt());
    }

    @Test
    void othersAreRefusedBeforeAnythingIsRecounted() throws IOException {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE"));
        when(request.getParameter("lang")).thenReturn("en");
        script.execute(request, response);
        verify(response).setStatus(403);
        verify(rebuilder, never()).rebuild();
        RebuildStatisticsActionExecuter action = new RebuildStatisticsActionExecuter();
        action.setRebuild(rebuild);
        AlfrescoRuntimeException refused = assertThrows(AlfrescoRuntimeException.class,
                () -> action.execute(mock(Action.class), null));
        assertEquals("vanthu.reports.error.forbidden", refused.getMsgId());
        assertEquals(List.of("GROUP_VANTHU_ADMINS"), List.of(refused.getMsgParams()));
        verify(rebuilder, never()).rebuild();
    }

    @Test
    void theActionRecordsItsResult() {
        when(authorityService.hasAdminAuthority()).thenReturn(true);
        Action action = mock(Action.class);
        RebuildStatisticsActionExecuter executer = new RebuildStatisticsActionExecuter();
        executer.setRebuild(rebuild);
        executer.execute(action, null);
        verify(action).setParameterValue("result", "nodes={incomingDocument=2283}, bucketsCorrected=1, registerYearsSet=40, registerYearsUndetermined=3");
    }
}
