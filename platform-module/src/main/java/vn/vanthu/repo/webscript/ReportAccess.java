package vn.vanthu.repo.webscript;

import org.alfresco.service.cmr.security.AuthorityService;

import vn.vanthu.report.ReportMessages;

/**
 * Who may see the reports and rebuild the statistics: administrators and members (directly or
 * through sub-groups) of the group {@code vanthu.reports.group}, GROUP_VANTHU_ADMINS by default.
 */
public class ReportAccess {

    private AuthorityService authorityService;
    private String group = "GROUP_VANTHU_ADMINS";

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    /** Whether the current user may read the reports. */
    public boolean isAllowed() {
        return authorityService.hasAdminAuthority() || authorityService.getAuthorities().contains(group);
    }

    /** The group whose members may read the reports (full name, GROUP_...). */
    public String group() {
        return group;
    }

    /** Why the current user is refused, naming the configured group, in the language of {@code messages}. */
    public String refusal(ReportMessages messages) {
        return messages.format("error.forbidden", group);
    }
}
