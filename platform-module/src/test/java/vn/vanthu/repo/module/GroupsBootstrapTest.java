package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.alfresco.service.cmr.module.ModuleService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * The module component that creates the groups the web scripts check: created in the default
 * zones when missing, left alone when present, named by the same properties as the web scripts.
 */
class GroupsBootstrapTest {
    private static final Set<String> DEFAULT_ZONES = Set.of(AuthorityService.ZONE_APP_DEFAULT, AuthorityService.ZONE_AUTH_ALFRESCO);
    private static final String ADMINS = "Vanthu - Quản trị báo cáo (Vanthu administrators)";
    private static final String RECORDS = "Vanthu - Văn thư (Vanthu records staff)";

    private final AuthorityService authorityService = mock(AuthorityService.class);

    @Test
    void createsBothGroupsInTheDefaultZonesWhenAbsent() {
        when(authorityService.getDefaultZones()).thenReturn(DEFAULT_ZONES);
        component(Map.of("GROUP_VANTHU_ADMINS", ADMINS)).executeInternal();

        verify(authorityService).authorityExists("GROUP_VANTHU_ADMINS");
        verify(authorityService).createAuthority(AuthorityType.GROUP, "VANTHU_ADMINS", ADMINS, DEFAULT_ZONES);
    }

    @Test
    void touchesNothingWhenTheGroupsExist() {
        when(authorityService.authorityExists("GROUP_VANTHU_ADMINS")).thenReturn(true);
        when(authorityService.authorityExists("GROUP_VANTHU_RECORDS")).thenReturn(true);
        component(ordered("GROUP_VANTHU_ADMINS", ADMINS, "GROUP_VANTHU_RECORDS", RECORDS)).executeInternal();

        verify(authorityService).authorityExists("GROUP_VANTHU_ADMINS");
        verify(authorityService).authorityExists("GROUP_VANTHU_RECORDS");
        verifyNoMoreInteractions(authorityService);
    }

    @Test
    void createsOnlyTheMissingOne() {
        when(authorityService.authorityExists("GROUP_VANTHU_ADMINS")).thenReturn(true);
        when(authorityService.getDefaultZones()).thenReturn(DEFAULT_ZONES);
        component(ordered("GROUP_VANTHU_ADMINS", ADMINS, "GROUP_VANTHU_RECORDS", RECORDS)).executeInternal();

        verify(authorityService).createAuthority(AuthorityType.GROUP, "VANTHU_RECORDS", RECORDS, DEFAULT_ZONES);
        verify(authorityService, never()).createAuthority(any(), eq("VANTHU_ADMINS"), any(), any());
    }

    @Test
    void aNameWithoutTheGroupPrefixIsRejectedBeforeAnythingIsCreated() {
        GroupsBootstrap component = component(ordered("GROUP_VANTHU_ADMINS", ADMINS, "VANTHU_RECORDS", RECORDS));
        IllegalStateException e = assertThrows(IllegalStateException.class, component::executeInternal);

        assertTrue(e.getMessage().contains("[VANTHU_RECORDS]") && e.getMessage().contains("vanthu.registers.recordsGroup"),
                e.getMessage());
        verifyNoMoreInteractions(authorityService);
    }

    /** The module's own context, with both properties renamed as an administrator would in alfresco-global.properties. */
    @Test
    void theModuleCreatesTheGroupsNamedByTheWebScriptProperties() throws IOException {
        Properties props = SpringWiringTest.moduleDefaults();
        props.setProperty("vanthu.reports.group", "GROUP_XA_BAC_SON_ADMINS");
        props.setProperty("vanthu.registers.recordsGroup", "GROUP_XA_BAC_SON_VAN_THU");
        AlfrescoContext ctx = AlfrescoContext.load(new ClassPathResource(ModuleFiles.MODULE_DIR + "/module-context.xml"), props);
        try {
            assertEquals(List.of(), ctx.problems());
            GroupsBootstrap component = ctx.module().getBean(GroupsBootstrap.class);
            AuthorityService authorities = ctx.module().getBean("AuthorityService", AuthorityService.class);
            verify(ctx.module().getBean("ModuleService", ModuleService.class)).registerComponent(component);
            assertEquals("vanthu-platform", component.getModuleId());
            assertEquals("vanthu-platform.groups", component.getName());
            assertNotNull(component.getDescription(), "the description key is in a bundle the module registers");
            assertEquals(I18NUtil.getMessage("vanthu-platform.groups.description"), component.getDescription());

            when(authorities.getDefaultZones()).thenReturn(DEFAULT_ZONES);
            component.executeInternal();
            verify(authorities).createAuthority(AuthorityType.GROUP, "XA_BAC_SON_ADMINS", ADMINS, DEFAULT_ZONES);
            verify(authorities).createAuthority(AuthorityType.GROUP, "XA_BAC_SON_VAN_THU", RECORDS, DEFAULT_ZONES);
        } finally {
            ctx.module().close();
        }
    }

    private GroupsBootstrap component(Map<String, String> groups) {
        GroupsBootstrap component = new GroupsBootstrap();
        component.setAuthorityService(authorityService);
        component.setGroups(groups);
        return component;
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
