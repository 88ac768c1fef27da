package vn.vanthu.repo.edxml;

import java.io.Serializable;
import java.util.List;

import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.edxml.EdxmlStatusCode;

/**
 * Internal action queued by {@link EdxmlStatusBehaviour}: writes the status package of one status
 * change of a received document into the outbox, as the system user.
 */
public class PrepareStatusActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "vanthu-edxml-status";
    public static final String PARAM_CODE = "code";
    public static final String PARAM_REASON = "reason";

    private static final Logger LOG = LoggerFactory.getLogger(PrepareStatusActionExecuter.class);

    private EdxmlReceiver receiver;

    public void setReceiver(EdxmlReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    protected void executeImpl(Action action, NodeRef document) {
        Serializable code = action.getParameterValue(PARAM_CODE);
        Serializable reason = action.getParameterValue(PARAM_REASON);
        EdxmlStatusCode status = EdxmlStatusCode.fromCode(String.valueOf(code)).orElse(null);
        if (status == null) {
            LOG.warn("edXML status package for {} not written: unknown code {}", document, code);
            return;
        }
        AuthenticationUtil.runAsSystem(() -> {
            try {
                return receiver.prepareStatus(document, status, reason == null ? null : reason.toString());
            } catch (EdxmlRefusal refusal) {
                LOG.warn("edXML status package for {} not written: {}", document, refusal.lines());
                return null;
            }
        });
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_CODE, DataTypeDefinition.TEXT, true, getParamDisplayLabel(PARAM_CODE)));
        paramList.add(new ParameterDefinitionImpl(PARAM_REASON, DataTypeDefinition.TEXT, false,
                getParamDisplayLabel(PARAM_REASON)));
    }
}
