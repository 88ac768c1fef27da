package vn.vanthu.repo.signature;

import java.util.List;

import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Internal action queued by {@link SignatureBehaviour}: verifies one document as the system user
 * (the uploader may not be allowed to write the verdict) and records the verdict.
 */
public class VerifySignatureActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "vanthu-verify-signature";

    private SignatureVerificationService signatureService;

    public void setSignatureService(SignatureVerificationService signatureService) {
        this.signatureService = signatureService;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        AuthenticationUtil.runAsSystem(() -> signatureService.verifyAndRecord(actionedUponNodeRef));
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // none
    }
}
