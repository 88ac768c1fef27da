package vn.vanthu.repo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/** VanthuModel and the model XML name the same things: every constant exists in the model and the reverse. */
class VanthuModelTest {

    @Test
    void constantsAndModelMatchBothWays() throws Exception {
        ModelXml model = ModelXml.load();
        Map<String, String> fromModel = new TreeMap<>();
        for (ModelXml.ClassDef c : model.classes.values()) {
            fromModel.put(constantName(c.kind().toUpperCase(), c.name()), c.name());
            for (ModelXml.PropertyDef p : c.properties()) {
                fromModel.put(constantName("PROP", p.name()), p.name());
            }
        }
        for (ModelXml.ConstraintDef c : model.constraints.values()) {
            fromModel.put(constantName("CONSTRAINT", c.name()), c.name());
        }

        Map<String, String> fromInterface = new TreeMap<>();
        List<String> foreign = new ArrayList<>();
        for (Field f : VanthuModel.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == QName.class) {
                QName q = (QName) f.get(null);
                if (!VanthuModel.NAMESPACE_URI.equals(q.getNamespaceURI())) {
                    foreign.add(f.getName());
                }
                fromInterface.put(f.getName(), VanthuModel.PREFIX + ":" + q.getLocalName());
            }
        }
        assertEquals(List.of(), foreign, "constants outside the vt namespace");
        assertEquals(fromModel, fromInterface);
    }

    @Test
    void constantNamesFollowTheLocalName() {
        assertEquals("PROP_ARRIVAL_NUMBER", constantName("PROP", "vt:arrivalNumber"));
        assertEquals(QName.createQName("http://vanthu.vn/model/1.0", "arrivalNumber"), VanthuModel.PROP_ARRIVAL_NUMBER);
        assertEquals("{http://vanthu.vn/model/1.0}dossier", VanthuModel.TYPE_DOSSIER.toString());
    }

    private static String constantName(String kind, String prefixedName) {
        String local = prefixedName.substring(prefixedName.indexOf(':') + 1);
        return kind + "_" + local.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
    }
}
