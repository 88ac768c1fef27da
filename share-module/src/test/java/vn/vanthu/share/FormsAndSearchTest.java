package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.share.Resources.all;
import static vn.vanthu.share.Resources.children;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * share-config-custom.xml against the vt model: every form and search field names a model property
 * of the right class, LIST options are allowed values, every label and help key exists in English and
 * Vietnamese, and the forms keep the order and content the registers and issue 7 ask for.
 */
class FormsAndSearchTest
{
    /** Share's own fields that Vanthu forms show next to the vt properties. */
    private static final Set<String> SHARE_FIELDS = Set.of("cm:name", "cm:title", "cm:description", "mimetype", "size",
            "cm:creator", "cm:created", "cm:modifier", "cm:modified");

    /** Aspects whose properties a type form may show without forcing: Share shows them when the node has the aspect. */
    // vt:edxmlInfo: added to documents received or sent as edXML (issue 12).
    private static final Set<String> OPTIONAL_ASPECTS = Set.of("vt:signatureInfo", "vt:edxmlInfo");

    /** Appendix IV, incoming register: arrival date, arrival number, issuer, number and notation, date,
     *  type and summary, receiving unit or person, date forwarded, notes. */
    private static final List<String> INCOMING_REGISTER = List.of("vt:arrivalDate", "vt:arrivalNumber", "vt:organName",
            "vt:codeNumber", "vt:codeNotation", "vt:issuedDate", "vt:typeName", "vt:subject", "vt:toPlaces", "vt:forwardedAt",
            "vt:notes");

    /** Appendix IV, incoming follow-up register: handler, deadline, number of the reply. */
    private static final List<String> INCOMING_FOLLOW_UP = List.of("vt:handler", "vt:dueDate", "vt:replyNotation");

    /** Appendix IV, outgoing register: number and notation, date, type and summary, signer, recipients,
     *  unit keeping the file copy, copies, date sent, notes. */
    private static final List<String> OUTGOING_REGISTER = List.of("vt:codeNumber", "vt:codeNotation", "vt:issuedDate",
            "vt:typeName", "vt:subject", "vt:signerFullName", "vt:recipients", "vt:fileCopyUnit", "vt:issuedAmount",
            "vt:transmittedAt", "vt:notes");

    /** The contract of BRIEF.md / issue 2, per type (the signature aspect is checked on its own). */
    private static final Map<String, List<String>> CONTRACT = Map.of(
            "vt:incomingDocument", List.of("vt:typeName", "vt:codeNumber", "vt:codeNotation", "vt:issuedDate", "vt:organName",
                    "vt:subject", "vt:pageAmount", "vt:priority", "vt:signerPosition", "vt:signerFullName", "vt:arrivalNumber",
                    "vt:arrivalDate", "vt:dueDate", "vt:toPlaces", "vt:receivedElectronically"),
            "vt:outgoingDocument", List.of("vt:typeName", "vt:codeNumber", "vt:codeNotation", "vt:issuedDate", "vt:organName",
                    "vt:subject", "vt:pageAmount", "vt:priority", "vt:signerPosition", "vt:signerFullName", "vt:recipients",
                    "vt:issuedAmount", "vt:transmittedElectronically", "vt:transmittedAt"),
            "vt:dossier", List.of("vt:dossierCode", "vt:procedureCode", "vt:procedureName", "vt:field", "vt:handlingUnit",
                    "vt:applicantName", "vt:channel", "vt:electronic", "vt:receivedAt", "vt:appointmentAt", "vt:finishedAt",
                    "vt:returnedAt", "vt:dossierStatus", "vt:timeliness"),
            "vt:feedback", List.of("vt:feedbackCode", "vt:submitterName", "vt:submitterAddress", "vt:submitterPhone",
                    "vt:submitterEmail", "vt:feedbackChannel", "vt:feedbackProcedureCode", "vt:regulation", "vt:feedbackContent",
                    "vt:feedbackReceivedAt", "vt:feedbackDueAt", "vt:feedbackStatus", "vt:admissible", "vt:inadmissibleReason",
                    "vt:feedbackHandler", "vt:answerText", "vt:answeredAt"));

    /** Issue 7's search fields per advanced search form. */
    private static final Map<String, List<String>> SEARCH_FIELDS = Map.of(
            "vt:incomingDocument", List.of("vt:arrivalNumber", "vt:arrivalDate", "vt:organName", "vt:codeNumber", "vt:codeNotation",
                    "vt:typeName", "vt:subject", "vt:dueDate", "vt:signatureStatus"),
            "vt:outgoingDocument", List.of("vt:codeNumber", "vt:codeNotation", "vt:issuedDate", "vt:typeName", "vt:signerFullName",
                    "vt:recipients", "vt:signatureStatus", "vt:transmittedElectronically"),
            "vt:dossier", List.of("vt:dossierCode", "vt:applicantName", "vt:procedureCode", "vt:procedureName", "vt:field",
                    "vt:handlingUnit", "vt:dossierStatus", "vt:receivedAt", "vt:appointmentAt", "vt:timeliness"),
            "vt:feedback", List.of("vt:feedbackCode", "vt:submitterName", "vt:feedbackChannel", "vt:feedbackField", "vt:feedbackStatus",
                    "vt:feedbackHandler", "vt:feedbackReceivedAt", "vt:feedbackDueAt"));

    private static VanthuModel model;
    private static Document config;
    private static Properties en;
    private static Properties vi;

    @BeforeAll
    static void load()
    {
        model = VanthuModel.load();
        config = Resources.xml(Resources.SHARE_CONFIG);
        en = Resources.properties(Resources.SHARE_MESSAGES);
        vi = Resources.properties(Resources.vi(Resources.SHARE_MESSAGES));
    }

    @Test
    void everyFormAndSearchFieldNamesAModelProperty()
    {
        List<String> unknown = new ArrayList<>();
        for (String tag : new String[] { "show", "field" })
        {
            for (Element e : all(config, tag))
            {
                String id = e.getAttribute("id");
                boolean known = id.startsWith("vt:") ? model.property(id) != null : SHARE_FIELDS.contains(id);
                if (!known)
                {
                    unknown.add(tag + " " + id + " in " + where(e));
                }
            }
        }
        assertEquals(List.of(), unknown, "fields that are not properties of the vt model");
    }

    @Test
    void everyConfigConditionNamesATypeOrAspectOfTheModel()
    {
        List<String> wrong = new ArrayList<>();
        for (Element c : vanthuConfigs())
        {
            String condition = c.getAttribute("condition");
            boolean ok = "aspect".equals(c.getAttribute("evaluator")) ? model.isAspect(condition) : model.isType(condition);
            if (!ok)
            {
                wrong.add(c.getAttribute("evaluator") + " " + condition);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(vanthuConfigs().size() >= 7, "node-type and model-type forms for 3 types and the signature aspect form");
    }

    @Test
    void typeFormsShowOnlyPropertiesTheTypeCanHave()
    {
        List<String> wrong = new ArrayList<>();
        for (Element c : vanthuConfigs())
        {
            if ("aspect".equals(c.getAttribute("evaluator")))
            {
                continue;
            }
            Set<String> allowed = propertiesOf(c.getAttribute("condition"));
            for (Element show : all(c, "show"))
            {
                String id = show.getAttribute("id");
                if (id.startsWith("vt:") && !"true".equals(show.getAttribute("force")) && !allowed.contains(id))
                {
                    wrong.add(id + " on " + c.getAttribute("condition") + " (" + where(show) + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, "a type form shows a property of another type (force it, or move it)");
    }

    @Test
    void fieldSetsAreDeclaredAndLabelledInBothLanguages()
    {
        List<String> problems = new ArrayList<>();
        for (Element form : all(config, "form"))
        {
            Set<String> sets = new HashSet<>();
            for (Element set : all(form, "set"))
            {
                sets.add(set.getAttribute("id"));
            }
            for (Element field : all(form, "field"))
            {
                if (field.hasAttribute("set") && !sets.contains(field.getAttribute("set")))
                {
                    problems.add("undeclared set " + field.getAttribute("set") + " for " + field.getAttribute("id"));
                }
            }
        }
        for (String key : keysUsedByConfig())
        {
            if (isBlank(en.getProperty(key)) || isBlank(vi.getProperty(key)))
            {
                problems.add("message " + key + " missing in English or Vietnamese");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void selectOptionsAreTheAllowedValuesOfTheProperty()
    {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Element field : all(config, "field"))
        {
            for (Element param : all(field, "control-param"))
            {
                if (!"options".equals(param.getAttribute("name")))
                {
                    continue;
                }
                checked++;
                String id = field.getAttribute("id");
                VanthuModel.Property property = model.property(id);
                assertNotNull(property, id);
                Set<String> offered = new LinkedHashSet<>();
                for (String option : param.getTextContent().trim().split(","))
                {
                    String[] valueLabel = option.split("\\|", -1);
                    String value = valueLabel[0];
                    if (valueLabel.length > 1 && valueLabel[1].startsWith("vanthu.")
                            && (isBlank(en.getProperty(valueLabel[1])) || isBlank(vi.getProperty(valueLabel[1]))))
                    {
                        problems.add(id + ": option label " + valueLabel[1] + " missing in a bundle");
                    }
                    if (!value.isEmpty())
                    {
                        offered.add(value);
                    }
                }
                List<String> allowed = "d:boolean".equals(property.dataType()) ? List.of("true", "false") : property.allowedValues();
                if (allowed == null)
                {
                    problems.add(id + " has options but no LIST constraint in the model");
                    continue;
                }
                if (!offered.equals(new LinkedHashSet<>(allowed)))
                {
                    problems.add(id + " offers " + offered + " but the model allows " + allowed);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 7, "search forms use explicit options (with an empty 'any' entry) for LIST fields");
    }

    @Test
    void incomingFormsFollowTheIncomingRegister()
    {
        for (String evaluator : new String[] { "node-type", "model-type" })
        {
            List<String> shown = shownFields(defaultForm(evaluator, "vt:incomingDocument"));
            assertEquals(INCOMING_REGISTER, shown.stream().filter(INCOMING_REGISTER::contains).toList(), evaluator);
            assertEquals(INCOMING_FOLLOW_UP, shown.stream().filter(INCOMING_FOLLOW_UP::contains).toList(), evaluator);
            assertEquals("vt:arrivalDate", shown.get(0), "a clerk starts with the arrival date (" + evaluator + ")");
        }
    }

    @Test
    void outgoingFormsFollowTheOutgoingRegister()
    {
        List<String> viewed = shownFields(defaultForm("node-type", "vt:outgoingDocument"));
        assertEquals(OUTGOING_REGISTER, viewed.stream().filter(OUTGOING_REGISTER::contains).toList());
        // a draft has no sending date yet: its form keeps the register order without that column
        List<String> created = shownFields(defaultForm("model-type", "vt:outgoingDocument"));
        assertEquals(OUTGOING_REGISTER.stream().filter(p -> !p.equals("vt:transmittedAt")).toList(),
                created.stream().filter(OUTGOING_REGISTER::contains).toList());
    }

    @Test
    void documentFormsShowThePlaceOfIssueAfterTheDate()
    {
        for (String type : new String[] { "vt:incomingDocument", "vt:outgoingDocument" })
        {
            for (String evaluator : new String[] { "node-type", "model-type" })
            {
                List<String> shown = shownFields(defaultForm(evaluator, type));
                assertEquals(shown.indexOf("vt:issuedDate") + 1, shown.indexOf("vt:issuedPlace"), evaluator + " " + type);
            }
        }
    }

    @Test
    void viewAndEditFormsShowEveryContractProperty()
    {
        for (Map.Entry<String, List<String>> type : CONTRACT.entrySet())
        {
            List<String> shown = shownFields(defaultForm("node-type", type.getKey()));
            List<String> missing = type.getValue().stream().filter(p -> !shown.contains(p)).toList();
            assertEquals(List.of(), missing, type.getKey());
        }
        List<String> signature = shownFields(children(children(vanthuConfig("aspect", "vt:signatureInfo"), "forms").get(0), "form").get(0));
        assertEquals(new HashSet<>(model.classes.get("vt:signatureInfo").properties()), new HashSet<>(signature),
                "the signature aspect form shows every property of the aspect");
    }

    @Test
    void advancedSearchOffersTheThreeTypesWithIssue7Fields()
    {
        Element advanced = all(config, "advanced-search").get(0);
        List<String> forms = all(advanced, "form").stream().map(f -> f.getTextContent().trim()).toList();
        assertTrue(forms.containsAll(List.of("cm:content", "cm:folder")), "Share's default search forms are kept: " + forms);
        for (Map.Entry<String, List<String>> type : SEARCH_FIELDS.entrySet())
        {
            assertTrue(forms.contains(type.getKey()), type.getKey());
            Element search = searchForm(type.getKey());
            assertEquals(type.getValue(), shownFields(search), "search fields of " + type.getKey());
            for (String id : type.getValue())
            {
                String dataType = model.property(id).dataType();
                String template = controlTemplate(search, id);
                if (dataType.equals("d:date") || dataType.equals("d:datetime"))
                {
                    assertTrue(template.endsWith("/daterange.ftl"), id + " is searched by a date range, not " + template);
                }
                else
                {
                    assertTrue(template.endsWith("/textfield.ftl") || template.endsWith("/selectone.ftl"), id + ": " + template);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------

    private static List<Element> vanthuConfigs()
    {
        return all(config, "config").stream().filter(c -> c.getAttribute("condition").startsWith("vt:")).toList();
    }

    private static Element vanthuConfig(String evaluator, String condition)
    {
        return vanthuConfigs().stream()
                .filter(c -> evaluator.equals(c.getAttribute("evaluator")) && condition.equals(c.getAttribute("condition")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + evaluator + " config for " + condition));
    }

    private static Element defaultForm(String evaluator, String type)
    {
        return children(children(vanthuConfig(evaluator, type), "forms").get(0), "form").stream()
                .filter(f -> !f.hasAttribute("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no default " + evaluator + " form for " + type));
    }

    private static Element searchForm(String type)
    {
        return children(children(vanthuConfig("model-type", type), "forms").get(0), "form").stream()
                .filter(f -> "search".equals(f.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no search form for " + type));
    }

    private static List<String> shownFields(Element form)
    {
        return all(form, "show").stream().map(s -> s.getAttribute("id")).toList();
    }

    private static String controlTemplate(Element form, String id)
    {
        return all(form, "field").stream().filter(f -> id.equals(f.getAttribute("id")))
                .flatMap(f -> all(f, "control").stream()).map(c -> c.getAttribute("template"))
                .findFirst().orElse("(default control)");
    }

    /** Properties of a type, its vt ancestors and their mandatory aspects, plus the optional aspects. */
    private static Set<String> propertiesOf(String type)
    {
        Set<String> props = new HashSet<>();
        for (String aspect : OPTIONAL_ASPECTS)
        {
            props.addAll(model.classes.get(aspect).properties());
        }
        for (VanthuModel.ClassDef c = model.classes.get(type); c != null; c = model.classes.get(c.parent()))
        {
            props.addAll(c.properties());
            for (String aspect : c.mandatoryAspects())
            {
                if (model.classes.containsKey(aspect))
                {
                    props.addAll(model.classes.get(aspect).properties());
                }
            }
        }
        return props;
    }

    /** Vanthu keys named by label-id, help-id, labelId and descriptionId (Share's own search.form.* excluded). */
    private static Set<String> keysUsedByConfig()
    {
        Set<String> keys = new LinkedHashSet<>();
        for (String tag : new String[] { "set", "field", "form" })
        {
            for (Element e : all(config, tag))
            {
                for (String attr : new String[] { "label-id", "help-id", "labelId", "descriptionId" })
                {
                    if (e.getAttribute(attr).startsWith("vanthu."))
                    {
                        keys.add(e.getAttribute(attr));
                    }
                }
            }
        }
        return keys;
    }

    private static String where(Element e)
    {
        for (org.w3c.dom.Node n = e; n != null; n = n.getParentNode())
        {
            if (n instanceof Element c && "config".equals(c.getLocalName()))
            {
                return c.getAttribute("evaluator") + " " + c.getAttribute("condition");
            }
        }
        return "?";
    }

    static boolean isBlank(String s)
    {
        return s == null || s.isBlank();
    }
}
