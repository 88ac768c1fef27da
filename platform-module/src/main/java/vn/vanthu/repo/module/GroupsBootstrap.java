package vn.vanthu.repo.module;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the groups the module's web scripts check (vanthu.reports.group for the reports,
 * vanthu.registers.recordsGroup for the registers) when they do not exist yet, in the
 * repository's default zones as Alfresco's own group creation does. A group that exists is left
 * as it is, display name and members included, so the component can run at every start: a group
 * renamed in alfresco-global.properties is then created at the next start.
 */
public class GroupsBootstrap extends AbstractModuleComponent {
    private static final Logger LOG = LoggerFactory.getLogger(GroupsBootstrap.class);
    private static final String PREFIX = AuthorityType.GROUP.getPrefixString();

    private AuthorityService authorityService;
    private Map<String, String> groups = Map.of();

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /** Full group name (GROUP_...) to display name, in creation order. */
    public void setGroups(Map<String, String> groups) {
        this.groups = new LinkedHashMap<>(groups);
    }

    @Override
    protected void executeInternal() {
        List<String> invalid = groups.keySet().stream()
                .filter(name -> name == null || !name.startsWith(PREFIX) || name.length() == PREFIX.length()).toList();
        if (!invalid.isEmpty()) {
            throw new IllegalStateException("Vanthu groups must be full group names starting with " + PREFIX
                    + " (vanthu.reports.group, vanthu.registers.recordsGroup in alfresco-global.properties): " + invalid
                    + " / Tên nhóm Vanthu phải bắt đầu bằng " + PREFIX + ": " + invalid);
        }
        for (Map.Entry<String, String> group : groups.entrySet()) {
            String name = group.getKey();
            if (authorityService.authorityExists(name)) {
                LOG.debug("Group {} exists, left as it is", name);
                continue;
            }
            authorityService.createAuthority(AuthorityType.GROUP, name.substring(PREFIX.length()), group.getValue(),
                    authorityService.getDefaultZones());
            LOG.info("Created group {} ({})", name, group.getValue());
        }
    }
}
