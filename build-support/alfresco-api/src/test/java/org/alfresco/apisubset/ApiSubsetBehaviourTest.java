package org.alfresco.apisubset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.surf.util.I18NUtil;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;

/**
 * The few behaviours of the API subset that adapter tests rely on: value types parse, compare and
 * print like the repository's, messages resolve per locale, run-as and transaction helpers run the
 * work in place.
 */
class ApiSubsetBehaviourTest {

    @AfterEach
    void resetLocale() {
        I18NUtil.setLocale(null);
    }

    @Test
    void nodeRefsParseAndCompareByStoreAndId() {
        NodeRef ref = new NodeRef("workspace://SpacesStore/5f3c1a2b-0000-4000-8000-000000000001");
        assertEquals(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, ref.getStoreRef());
        assertEquals("5f3c1a2b-0000-4000-8000-000000000001", ref.getId());
        assertEquals(ref, new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, ref.getId()));
        assertEquals("workspace://SpacesStore/5f3c1a2b-0000-4000-8000-000000000001", ref.toString());
        assertTrue(NodeRef.isNodeRef(ref.toString()));
        assertFalse(NodeRef.isNodeRef("SpacesStore/abc"));
        assertThrows(RuntimeException.class, () -> new NodeRef("not a node ref"));
    }

    @Test
    void qnamesParseTheirStringFormAndMatchPatterns() {
        QName name = QName.createQName("{http://vanthu.vn/model/1.0}arrivalNumber");
        assertEquals(QName.createQName("http://vanthu.vn/model/1.0", "arrivalNumber"), name);
        assertEquals("{http://vanthu.vn/model/1.0}arrivalNumber", name.toString());
        assertTrue(RegexQNamePattern.MATCH_ALL.isMatch(name));
        assertFalse(new RegexQNamePattern("http://www.alfresco.org/.*", ".*").isMatch(name));
        assertEquals("Vanthu Trust Anchors", QName.createValidLocalName("Vanthu Trust Anchors"));
        assertEquals(QName.MAX_LENGTH, QName.createValidLocalName("x".repeat(300)).length());
        assertThrows(IllegalArgumentException.class, () -> QName.createValidLocalName(""));
    }

    @Test
    void messagesResolveForTheThreadLocaleAndFallBackToEnglish() {
        I18NUtil.registerResourceBundle("apisubset/messages");
        I18NUtil.setLocale(Locale.forLanguageTag("vi"));
        assertEquals("Xin chào Lan", I18NUtil.getMessage("greeting", "Lan"));
        assertEquals("English only", I18NUtil.getMessage("only.en"));
        assertEquals("Hello Lan", I18NUtil.getMessage("greeting", Locale.ENGLISH, "Lan"));
        assertNull(I18NUtil.getMessage("no.such.key"));
        assertEquals("Xin chào {0}", new AlfrescoRuntimeException("greeting").getMessage());
        assertEquals("no.such.key", new AlfrescoRuntimeException("no.such.key").getMessage());
    }

    @Test
    void runAsRunsTheWorkAsTheGivenUserAndRestoresThePreviousOne() {
        assertNull(AuthenticationUtil.getRunAsUser());
        String inside = AuthenticationUtil.runAsSystem(AuthenticationUtil::getRunAsUser);
        assertEquals(AuthenticationUtil.SYSTEM_USER_NAME, inside);
        assertNull(AuthenticationUtil.getRunAsUser());
        AlfrescoRuntimeException e = assertThrows(AlfrescoRuntimeException.class,
                () -> AuthenticationUtil.runAs(() -> {
                    throw new IOException("disk");
                }, "vanthu"));
        assertEquals("disk", e.getCause().getMessage());
    }

    @Test
    void transactionHelperRunsTheCallbackAndWrapsCheckedExceptions() {
        RetryingTransactionHelper helper = new RetryingTransactionHelper();
        assertEquals(42, helper.doInTransaction(() -> 42, true, true));
        IllegalStateException runtime = new IllegalStateException("x");
        assertSame(runtime, assertThrows(IllegalStateException.class, () -> helper.doInTransaction(() -> {
            throw runtime;
        })));
        assertThrows(AlfrescoRuntimeException.class, () -> helper.doInTransaction(() -> {
            throw new IOException("y");
        }));
    }

    @Test
    void webScriptExceptionsCarryTheirStatus() {
        assertEquals(Status.STATUS_INTERNAL_SERVER_ERROR, new WebScriptException("boom").getStatus());
        assertEquals(Status.STATUS_BAD_REQUEST, new WebScriptException(Status.STATUS_BAD_REQUEST, "bad {0}", "x").getStatus());
    }
}
