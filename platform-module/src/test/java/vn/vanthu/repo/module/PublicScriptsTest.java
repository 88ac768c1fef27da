package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.vanthu.repo.webscript.PublicDossierLookupGet;
import vn.vanthu.repo.webscript.PublicFeedbackGet;
import vn.vanthu.repo.webscript.PublicFeedbackPost;
import vn.vanthu.repo.webscript.PublicProceduresGet;

/**
 * Exactly the four public scripts answer without a login: every other Vanthu descriptor asks for a
 * user or an administrator (so the repository answers an anonymous caller or a guest 401), no
 * descriptor runs as another user, and the public scripts hold no service that could read or
 * write more than they publish.
 * <p>
 * The public ones declare {@code none}, not {@code guest}: the repository authenticates a guest
 * script as the guest user only when the request carries {@code ?guest=true} (Surf's
 * {@code isGuest()}); without it the basic authenticator answers 401 with a login challenge, so a
 * citizen's browser would be asked for a password. Their repository work runs as the system user
 * in Java, as Alfresco's own unauthenticated QuickShare scripts do.
 */
class PublicScriptsTest {

    private static final Map<String, String> PUBLIC = Map.of(
            "webscript.vn.vanthu.public.procedures.get", "/vanthu/public/procedures",
            "webscript.vn.vanthu.public.dossier.get", "/vanthu/public/dossier",
            "webscript.vn.vanthu.public.feedback.get", "/vanthu/public/feedback",
            "webscript.vn.vanthu.public.feedback.post", "/vanthu/public/feedback");

    @Test
    void guestScriptsAreExactlyThePublicOnesAndEveryOtherNeedsALogin() throws IOException {
        Map<String, String> guest = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (ModuleFiles.Script script : ModuleFiles.onClasspath().webScripts()) {
            Element ws = ModuleFiles.parse(script.descriptor()).getDocumentElement();
            Element auth = (Element) ws.getElementsByTagName("authentication").item(0);
            String level = auth.getTextContent().strip();
            String url = ws.getElementsByTagName("url").item(0).getTextContent().strip();
            if (auth.hasAttribute("runas")) {
                problems.add(script.beanId() + " runs as " + auth.getAttribute("runas"));
            }
            if (level.equals("guest") || level.equals("none")) {
                guest.put(script.beanId(), url.replaceFirst("\\?.*", ""));
            } else if (!level.equals("user") && !level.equals("admin")) {
                problems.add(script.beanId() + ": authentication " + level);
            }
            if (level.equals("guest")) {
                problems.add(script.beanId() + ": guest needs ?guest=true on every URL, a citizen's browser would get a login prompt");
            }
            if (url.startsWith("/vanthu/public/") != (level.equals("none"))) {
                problems.add(script.beanId() + ": " + url + " with authentication " + level);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(new TreeMap<>(PUBLIC), guest);
    }

    @Test
    void publicScriptsHoldOnlyWhatTheyPublish() {
        // The procedures page and the token hold no repository service at all.
        for (Class<?> type : List.of(PublicProceduresGet.class, PublicFeedbackGet.class)) {
            for (Field field : fields(type)) {
                assertTrue(!NodeService.class.isAssignableFrom(field.getType()) && !SearchService.class.isAssignableFrom(field.getType()),
                        type.getSimpleName() + "." + field.getName());
            }
        }
        // The look-up and the intake reach nodes only through NodeService (properties read, one node created); never search.
        for (Class<?> type : List.of(PublicDossierLookupGet.class, PublicFeedbackPost.class)) {
            for (Field field : fields(type)) {
                assertTrue(!SearchService.class.isAssignableFrom(field.getType()), type.getSimpleName() + "." + field.getName());
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        return fields;
    }
}
