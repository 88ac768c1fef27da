package vn.vanthu.share;

import static vn.vanthu.share.Resources.all;
import static vn.vanthu.share.Resources.children;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The vt content model as the Share tests need it, read from the platform module's model XML:
 * types and aspects with their parents and properties, and the allowed values of LIST constraints
 * (inline or referenced).
 */
final class VanthuModel
{
    record Property(String name, String dataType, boolean multiple, List<String> allowedValues, Optional<Boolean> facetable)
    {
    }

    record ClassDef(String name, String parent, boolean aspect, List<String> properties, List<String> mandatoryAspects)
    {
    }

    final Map<String, ClassDef> classes = new LinkedHashMap<>();
    final Map<String, Property> properties = new LinkedHashMap<>();

    private VanthuModel()
    {
    }

    static VanthuModel load()
    {
        if (!Files.isRegularFile(Resources.MODEL))
        {
            throw new AssertionError("the vt model is missing at " + Resources.MODEL
                    + " (it comes from the foundation work: git merge main)");
        }
        Document doc = Resources.xml(Resources.MODEL);
        VanthuModel model = new VanthuModel();
        Map<String, List<String>> namedLists = new HashMap<>();
        for (Element constraints : all(doc, "constraints"))
        {
            if (constraints.getParentNode() == doc.getDocumentElement())
            {
                for (Element c : children(constraints, "constraint"))
                {
                    if ("LIST".equals(c.getAttribute("type")))
                    {
                        namedLists.put(c.getAttribute("name"), listValues(c));
                    }
                }
            }
        }
        for (String kind : new String[] { "type", "aspect" })
        {
            for (Element cls : all(doc, kind))
            {
                if (!cls.hasAttribute("name") || !"types".equals(parentName(cls)) && !"aspects".equals(parentName(cls)))
                {
                    continue;
                }
                List<String> propNames = new ArrayList<>();
                for (Element props : children(cls, "properties"))
                {
                    for (Element p : children(props, "property"))
                    {
                        Property property = property(p, namedLists);
                        propNames.add(property.name());
                        model.properties.put(property.name(), property);
                    }
                }
                List<String> mandatory = new ArrayList<>();
                for (Element ma : children(cls, "mandatory-aspects"))
                {
                    children(ma, "aspect").forEach(a -> mandatory.add(a.getTextContent().trim()));
                }
                String parent = children(cls, "parent").stream().map(e -> e.getTextContent().trim()).findFirst().orElse(null);
                String name = cls.getAttribute("name");
                model.classes.put(name, new ClassDef(name, parent, "aspect".equals(kind), propNames, mandatory));
            }
        }
        return model;
    }

    private static String parentName(Element e)
    {
        return e.getParentNode() instanceof Element p ? p.getLocalName() : "";
    }

    private static Property property(Element p, Map<String, List<String>> namedLists)
    {
        String type = children(p, "type").stream().map(e -> e.getTextContent().trim()).findFirst().orElse("");
        boolean multiple = children(p, "multiple").stream().anyMatch(e -> "true".equals(e.getTextContent().trim()));
        List<String> allowed = null;
        for (Element cs : children(p, "constraints"))
        {
            for (Element c : children(cs, "constraint"))
            {
                if (c.hasAttribute("ref") && namedLists.containsKey(c.getAttribute("ref")))
                {
                    allowed = namedLists.get(c.getAttribute("ref"));
                }
                else if ("LIST".equals(c.getAttribute("type")))
                {
                    allowed = listValues(c);
                }
            }
        }
        Optional<Boolean> facetable = Optional.empty();
        for (Element index : children(p, "index"))
        {
            for (Element f : children(index, "facetable"))
            {
                facetable = Optional.of("true".equals(f.getTextContent().trim()));
            }
        }
        return new Property(p.getAttribute("name"), type, multiple, allowed, facetable);
    }

    private static List<String> listValues(Element constraint)
    {
        List<String> values = new ArrayList<>();
        for (Element param : children(constraint, "parameter"))
        {
            if ("allowedValues".equals(param.getAttribute("name")))
            {
                for (Element list : children(param, "list"))
                {
                    children(list, "value").forEach(v -> values.add(v.getTextContent().trim()));
                }
            }
        }
        return values;
    }

    boolean isType(String name)
    {
        ClassDef c = classes.get(name);
        return c != null && !c.aspect();
    }

    boolean isAspect(String name)
    {
        ClassDef c = classes.get(name);
        return c != null && c.aspect();
    }

    Property property(String name)
    {
        return properties.get(name);
    }
}
