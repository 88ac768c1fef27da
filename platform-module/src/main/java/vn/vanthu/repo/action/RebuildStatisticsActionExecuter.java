package vn.vanthu.repo.action;

import java.util.List;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;

import vn.vanthu.repo.store.StatisticsRebuilder;
import vn.vanthu.repo.webscript.GuardedStatisticsRebuild;

/**
 * Action {@code vanthu-rebuild-statistics}: the same rebuild as the web script, for scripts and
 * scheduled jobs. Not public (no rule may run it); refused to anyone but report administrators.
 * The action's result is a one-line text: nodes read, buckets corrected, register years set and
 * register years that could not be determined.
 */
public class RebuildStatisticsActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "vanthu-rebuild-statistics";

    private GuardedStatisticsRebuild rebuild;

    public void setRebuild(GuardedStatisticsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        StatisticsRebuilder.Result result = rebuild.rebuildIfAllowed()
                .orElseThrow(() -> new AlfrescoRuntimeException("vanthu.reports.error.forbidden", new Object[] {rebuild.group()}));
        action.setParameterValue(PARAM_RESULT, "nodes=" + result.nodes() + ", bucketsCorrected="
                + result.bucketsCorrected() + ", registerYearsSet=" + result.registerYearsSet()
                + ", registerYearsUndetermined=" + result.registerYearsUndetermined());
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // no parameters
    }
}
