package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.share.Resources.all;
import static vn.vanthu.share.Resources.children;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Document Library extension module and its Spring evaluators against the model: Create menu and
 * Change type name real types with the right parents, every indicator has an icon, a label in both
 * languages and a defined evaluator, every signature verdict of the model has its badge, and the
 * metadata templates name real properties and registered renderers.
 */
class DocumentLibraryExtensionTest
{
    private static final Pattern TOKEN = Pattern.compile("\\{(\\w+)(?: ([\\w.]+))?\\}");

    /** Share's own template tokens and evaluators used by the Vanthu templates. */
    private static final Set<String> SHARE_TOKENS = Set.of("lockBanner", "date", "size", "tags", "social");
    private static final Set<String> SHARE_EVALUATORS = Set.of("evaluator.doclib.metadata.hasLockBanner");
    /** Icons of Share's own Document Library actions (share-documentlibrary-config.xml), whose images Share ships. */
    private static final Set<String> SHARE_ACTION_ICONS = Set.of("document-download", "document-view-content", "document-copy-to",
            "document-move-to", "document-edit-properties", "document-upload-new-version", "document-delete", "document-manage-permissions");

    private static VanthuModel model;
    private static Element library;
    private static Document shareConfig;
    private static Map<String, Element> beans;
    private static Properties en;
    private static Properties vi;

    @BeforeAll
    static void load()
    {
        model = VanthuModel.load();
        Document extension = Resources.xml(Resources.EXTENSION);
        library = all(extension, "config").stream().filter(c -> "DocumentLibrary".equals(c.getAttribute("condition")))
                .findFirst().orElseThrow();
        shareConfig = Resources.xml(Resources.SHARE_CONFIG);
        beans = new HashMap<>();
        for (Element bean : all(Resources.xml(Resources.SPRING_CONTEXT), "bean"))
        {
            if (bean.hasAttribute("id"))
            {
                beans.put(bean.getAttribute("id"), bean);
            }
        }
        en = Resources.properties(Resources.SHARE_MESSAGES);
        vi = Resources.properties(Resources.vi(Resources.SHARE_MESSAGES));
    }

    @Test
    void changeTypeOffersVanthuSubtypesOfTheRightParent()
    {
        Map<String, List<String>> offered = new HashMap<>();
        for (Element type : all(library, "type"))
        {
            offered.put(type.getAttribute("name"), all(type, "subtype").stream().map(s -> s.getAttribute("name")).toList());
        }
        assertEquals(Map.of("cm:content", List.of("vt:incomingDocument", "vt:outgoingDocument", "vt:feedback"), "cm:folder", List.of("vt:dossier")),
                offered);
        offered.forEach((parent, subtypes) -> subtypes.forEach(subtype ->
        {
            assertTrue(model.isType(subtype), subtype);
            assertEquals(parent, model.classes.get(subtype).parent(), "parent of " + subtype);
            assertLabelled("type." + subtype.replace(':', '_'));
        }));
    }

    @Test
    void visibleAspectsExistAndAreLabelled()
    {
        List<String> aspects = all(library, "aspect").stream().map(a -> a.getAttribute("name")).toList();
        assertEquals(List.of("vt:signatureInfo", "vt:possibleDuplicate"), aspects);
        for (String aspect : aspects)
        {
            assertTrue(model.isAspect(aspect), aspect + " is not an aspect of the model");
            assertLabelled("aspect." + aspect.replace(':', '_'));
        }
    }

    @Test
    void createMenuOpensTheCreateFormOfEachType()
    {
        Set<String> created = new LinkedHashSet<>();
        for (Element content : all(library, "content"))
        {
            assertLabelled(content.getAttribute("label"));
            String page = all(content, "param").get(0).getTextContent();
            Matcher m = Pattern.compile("itemId=([\\w:]+)").matcher(page);
            assertTrue(page.startsWith("create-content?destination={nodeRef}") && m.find(), page);
            String type = m.group(1);
            assertTrue(model.isType(type), type);
            boolean hasCreateForm = all(shareConfig, "config").stream().anyMatch(c -> "model-type".equals(c.getAttribute("evaluator"))
                    && type.equals(c.getAttribute("condition")));
            assertTrue(hasCreateForm, "no model-type (create) form for " + type);
            created.add(type);
        }
        assertEquals(Set.of("vt:incomingDocument", "vt:outgoingDocument", "vt:dossier", "vt:feedback"), created);
    }

    @Test
    void everyIndicatorHasAnIconALabelAndAnEvaluator()
    {
        List<String> problems = new ArrayList<>();
        List<Element> indicators = all(library, "indicator");
        for (Element indicator : indicators)
        {
            String id = indicator.getAttribute("id");
            Path icon = Resources.INDICATOR_ICONS.resolve(indicator.getAttribute("icon"));
            if (indicator.getAttribute("icon").isEmpty() || !Files.isRegularFile(icon))
            {
                problems.add(id + ": no icon file " + icon);
            }
            else
            {
                Element svg = Resources.xml(icon).getDocumentElement();
                if (!"svg".equals(svg.getLocalName()) || !"16".equals(svg.getAttribute("width")))
                {
                    problems.add(id + ": icon is not a 16 px SVG");
                }
            }
            String label = indicator.getAttribute("label");
            if (FormsAndSearchTest.isBlank(en.getProperty(label)) || FormsAndSearchTest.isBlank(vi.getProperty(label)))
            {
                problems.add(id + ": label " + label + " missing in English or Vietnamese");
            }
            int params = all(indicator, "labelParam").size();
            for (Properties bundle : new Properties[] { en, vi })
            {
                String text = bundle.getProperty(label, "");
                if (text.contains("{0}") != (params > 0))
                {
                    problems.add(id + ": label " + label + " and its labelParam disagree");
                }
            }
            for (Element param : all(indicator, "labelParam"))
            {
                Matcher m = Pattern.compile("\\{jsNode\\.properties\\.(vt_\\w+)\\}").matcher(param.getTextContent());
                if (!m.matches() || model.property(m.group(1).replace('_', ':')) == null)
                {
                    problems.add(id + ": labelParam " + param.getTextContent() + " is not a vt property");
                }
            }
            for (Element evaluator : all(indicator, "evaluator"))
            {
                if (!beans.containsKey(evaluator.getTextContent().trim()))
                {
                    problems.add(id + ": evaluator bean " + evaluator.getTextContent() + " is not defined");
                }
            }
        }
        assertEquals(List.of(), problems);
        long distinctIcons = indicators.stream().map(i -> i.getAttribute("icon")).distinct().count();
        assertEquals(indicators.size(), distinctIcons, "each indicator has its own icon");
    }

    @Test
    void everySignatureVerdictOfTheModelHasItsBadge()
    {
        List<String> verdicts = model.property("vt:signatureStatus").allowedValues();
        assertTrue(verdicts.containsAll(List.of("VALID", "INVALID", "UNTRUSTED", "MODIFIED_AFTER_SIGNING", "PENDING", "UNSIGNED")),
                "model verdicts: " + verdicts);
        List<String> badged = new ArrayList<>();
        for (Element indicator : all(library, "indicator"))
        {
            Element bean = beans.get(all(indicator, "evaluator").get(0).getTextContent().trim());
            if ("evaluator.doclib.metadata.value".equals(bean.getAttribute("parent"))
                    && "node.properties.vt:signatureStatus".equals(property(bean, "accessor").getAttribute("value")))
            {
                String value = all(property(bean, "comparator"), "property").get(0).getAttribute("value");
                badged.add(value);
                assertEquals("vanthu.indicator.signature." + value, indicator.getAttribute("label"), indicator.getAttribute("id"));
            }
        }
        assertEquals(new LinkedHashSet<>(verdicts), new LinkedHashSet<>(badged), "one badge per verdict, no other");
    }

    /** edXML (issue 12): the inbox badge tests its marker aspect, package badges test states of the model's list. */
    @Test
    void edxmlBadgesTestTheInboxAspectAndPackageStatesOfTheModel()
    {
        Element inbox = beans.get("vanthu.evaluator.doclib.edxmlInbox");
        assertEquals("evaluator.doclib.metadata.hasAspect", inbox.getAttribute("parent"));
        assertEquals(List.of("vt:edxmlInbox"), all(property(inbox, "aspects"), "value").stream().map(v -> v.getTextContent().trim()).toList());
        assertTrue(model.isAspect("vt:edxmlInbox"));
        List<String> states = model.property("vt:edxmlPackageState").allowedValues();
        for (String id : List.of("vanthu.evaluator.doclib.edxmlRejected", "vanthu.evaluator.doclib.edxmlImported"))
        {
            Element bean = beans.get(id);
            assertEquals("node.properties.vt:edxmlPackageState", property(bean, "accessor").getAttribute("value"), id);
            String value = all(property(bean, "comparator"), "property").get(0).getAttribute("value");
            assertTrue(states.contains(value), id + ": " + value + " is not a package state of the model " + states);
        }
    }

    /** The export and send actions exist in both action groups, call a registered function and are labelled. */
    @Test
    void edxmlActionsAreOfferedOnIssuedOutgoingDocuments() throws Exception
    {
        List<String> ids = new ArrayList<>();
        String js = Resources.utf8(Resources.DOCLIB_JS.resolveSibling("vanthu-edxml.js"));
        Element actions = all(Resources.xml(Resources.EXTENSION), "config").stream()
                .filter(c -> "DocLibActions".equals(c.getAttribute("condition"))).findFirst().orElseThrow();
        for (Element action : all(actions, "action"))
        {
            if (!action.hasAttribute("type"))
            {
                continue;
            }
            ids.add(action.getAttribute("id"));
            assertLabelled(action.getAttribute("label"));
            // Share draws components/documentlibrary/actions/<icon>-16.png: only the images of its own actions exist.
            assertTrue(SHARE_ACTION_ICONS.contains(action.getAttribute("icon")), action.getAttribute("id") + ": icon "
                    + action.getAttribute("icon") + " is not one Share ships");
            String function = all(action, "param").get(0).getTextContent().trim();
            assertTrue(js.contains("actionName: \"" + function + "\""), function + " is registered by vanthu-edxml.js");
            assertEquals("vanthu.evaluator.doclib.issuedOutgoingDocument", all(action, "evaluator").get(0).getTextContent().trim());
        }
        assertEquals(List.of("vanthu-edxml-export", "vanthu-edxml-send"), ids);
        for (Element group : all(actions, "actionGroup"))
        {
            List<String> grouped = all(group, "action").stream().map(a -> a.getAttribute("id")).toList();
            assertEquals(ids, grouped, group.getAttribute("id"));
        }
        assertEquals(List.of("document-browse", "document-details"),
                all(actions, "actionGroup").stream().map(g -> g.getAttribute("id")).toList());
        Element issued = beans.get("vanthu.evaluator.doclib.issuedOutgoingDocument");
        assertEquals(List.of("vanthu.evaluator.doclib.isOutgoingDocument", "vanthu.evaluator.doclib.hasCodeNumber"),
                all(issued, "ref").stream().map(r -> r.getAttribute("bean")).toList());
        assertEquals("vt:codeNumber", property(beans.get("vanthu.evaluator.doclib.hasCodeNumber"), "property").getAttribute("value"));
    }

    @Test
    void duplicateBadgeTestsThePossibleDuplicateAspect()
    {
        Element bean = beans.get("vanthu.evaluator.doclib.possibleDuplicate");
        assertEquals("evaluator.doclib.metadata.hasAspect", bean.getAttribute("parent"));
        List<String> aspects = all(property(bean, "aspects"), "value").stream().map(v -> v.getTextContent().trim()).toList();
        assertEquals(List.of("vt:possibleDuplicate"), aspects);
        assertTrue(model.isAspect("vt:possibleDuplicate"), "vt:possibleDuplicate must be an aspect of the model");
    }

    @Test
    void typeEvaluatorsNameModelTypes()
    {
        for (Element bean : beans.values())
        {
            if ("evaluator.doclib.metadata.nodeType".equals(bean.getAttribute("parent")))
            {
                for (Element v : all(property(bean, "types"), "value"))
                {
                    assertTrue(model.isType(v.getTextContent().trim()), bean.getAttribute("id"));
                }
            }
        }
    }

    @Test
    void metadataTemplatesNameModelPropertiesAndRegisteredRenderers()
    {
        String doclibJs = Resources.utf8(Resources.DOCLIB_JS);
        List<String> problems = new ArrayList<>();
        List<Element> templates = all(library, "template");
        assertEquals(3, templates.size());
        for (Element template : templates)
        {
            String evaluator = children(template, "evaluator").get(0).getTextContent().trim();
            if (!beans.containsKey(evaluator))
            {
                problems.add(template.getAttribute("id") + ": evaluator " + evaluator + " not defined");
            }
            for (String tag : new String[] { "line", "banner" })
            {
                for (Element line : all(template, tag))
                {
                    if (line.hasAttribute("evaluator") && !SHARE_EVALUATORS.contains(line.getAttribute("evaluator")))
                    {
                        problems.add(line.getAttribute("id") + ": unknown evaluator " + line.getAttribute("evaluator"));
                    }
                    Matcher m = TOKEN.matcher(line.getTextContent());
                    while (m.find())
                    {
                        String token = m.group(1);
                        if (token.startsWith("vt_"))
                        {
                            if (model.property(token.replaceFirst("_", ":")) == null)
                            {
                                problems.add(token + " is not a vt property");
                            }
                        }
                        else if (token.startsWith("vanthu"))
                        {
                            if (!doclibJs.contains("propertyName: \"" + token + "\""))
                            {
                                problems.add(token + " has no renderer in vanthu-doclib.js");
                            }
                        }
                        else if (!SHARE_TOKENS.contains(token))
                        {
                            problems.add("unknown token " + token);
                        }
                        if (m.group(2) != null && (FormsAndSearchTest.isBlank(en.getProperty(m.group(2)))
                                || FormsAndSearchTest.isBlank(vi.getProperty(m.group(2)))))
                        {
                            problems.add("label " + m.group(2) + " missing in English or Vietnamese");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void docLibCustomScriptIsShippedWhereShareServesIt()
    {
        Document extension = Resources.xml(Resources.EXTENSION);
        for (Element js : all(extension, "js"))
        {
            Path file = Resources.SHARE_RES.resolve("META-INF").resolve(js.getAttribute("src"));
            assertTrue(Files.isRegularFile(file), "/share/res/" + js.getAttribute("src") + " is served from " + file);
        }
    }

    // ------------------------------------------------------------------------------------------

    private static Element property(Element bean, String name)
    {
        return children(bean, "property").stream().filter(p -> name.equals(p.getAttribute("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(bean.getAttribute("id") + " has no property " + name));
    }

    private static void assertLabelled(String key)
    {
        assertTrue(!FormsAndSearchTest.isBlank(en.getProperty(key)) && !FormsAndSearchTest.isBlank(vi.getProperty(key)),
                "message " + key + " in English and Vietnamese");
    }
}
