package vn.vanthu.repo.webscript;

import java.util.Optional;

import vn.vanthu.report.ReportMessages;
import vn.vanthu.repo.store.StatisticsRebuilder;

/**
 * The statistics rebuild as the web script and the action offer it: only to those
 * {@link ReportAccess} allows, checked before anything is recounted.
 */
public class GuardedStatisticsRebuild {

    private StatisticsRebuilder rebuilder;
    private ReportAccess reportAccess;

    public void setRebuilder(StatisticsRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    public void setReportAccess(ReportAccess reportAccess) {
        this.reportAccess = reportAccess;
    }

    /** The rebuild's result, or empty (and nothing recounted) when the current user may not rebuild. */
    public Optional<StatisticsRebuilder.Result> rebuildIfAllowed() {
        return reportAccess.isAllowed() ? Optional.of(rebuilder.rebuild()) : Optional.empty();
    }

    /** The group whose members may rebuild, for messages that name it. */
    public String group() {
        return reportAccess.group();
    }

    /** Why the current user may not rebuild, in the language of {@code messages}. */
    public String refusal(ReportMessages messages) {
        return reportAccess.refusal(messages);
    }
}
