package vn.vanthu.repo.edxml;

import java.util.List;

import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Internal action queued by {@link EdxmlInboxBehaviour}: receives one package file of an inbox as
 * the system user (the uploader may not be allowed to register incoming documents); a refusal is
 * recorded on the file.
 */
public class ReceivePackageActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "vanthu-edxml-receive";

    private EdxmlInbox inbox;

    public void setInbox(EdxmlInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        AuthenticationUtil.runAsSystem(() -> inbox.receiveDropped(actionedUponNodeRef));
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // none
    }
}
