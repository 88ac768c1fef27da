package vn.vanthu.repo.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks property values against the model the way the repository does when a node is created
 * with properties (REST API v1 or NodeService.createNode followed by the integrity check at
 * commit): defaults fill properties that were not given, an enforced mandatory property must end
 * up with a value, every value (each element of a multi-valued one) must convert to the data type
 * and a LIST constraint admits exactly its allowed values (null passes; case-sensitive unless the
 * constraint says otherwise). The messages use the repository's wording.
 */
final class ModelValidator {
    private static final DateTimeFormatter ISO_DATETIME_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ModelXml model;

    ModelValidator(ModelXml model) {
        this.model = model;
    }

    /** Problems found for a new node of the class with the given values (absent keys are not given). */
    List<String> validateNewNode(String className, Map<String, Serializable> given) {
        List<String> problems = new ArrayList<>();
        if (!model.classes.containsKey(className)) {
            problems.add("Invalid type: " + className);
            return problems;
        }
        Map<String, ModelXml.PropertyDef> defs = new HashMap<>();
        model.effectiveProperties(className).forEach(p -> defs.put(p.name(), p));
        for (String name : given.keySet()) {
            if (!defs.containsKey(name) && name.startsWith(VanthuModel.PREFIX + ":")) {
                problems.add("Property not defined for " + className + ": " + name);
            }
        }
        for (ModelXml.PropertyDef def : defs.values()) {
            Serializable value = given.containsKey(def.name()) ? given.get(def.name()) : def.defaultValue();
            if (value == null) {
                if (def.mandatory() && def.enforced()) {
                    problems.add("Mandatory property not set: " + def.name());
                }
                continue;
            }
            Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
            if (value instanceof Collection<?> && !def.multiple()) {
                problems.add("Property " + def.name() + " is single-valued but was given " + values.size() + " values");
            }
            for (Object single : values) {
                checkSingleValue(def, single, problems);
            }
        }
        return problems;
    }

    private void checkSingleValue(ModelXml.PropertyDef def, Object value, List<String> problems) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (!convertible(def.type(), text)) {
            problems.add("Value of " + def.name() + " cannot be converted to " + def.type() + ": " + text);
            return;
        }
        for (String ref : def.constraintRefs()) {
            ModelXml.ConstraintDef constraint = model.constraints.get(ref);
            if (constraint == null) {
                problems.add("Constraint " + ref + " of " + def.name() + " is not defined");
            } else if ("LIST".equals(constraint.type()) && !allowed(constraint, text)) {
                problems.add("The value is not an allowed value: " + text);
            }
        }
    }

    private static boolean allowed(ModelXml.ConstraintDef constraint, String value) {
        if (constraint.caseSensitive()) {
            return constraint.allowedValues().contains(value);
        }
        return constraint.allowedValues().stream()
                .anyMatch(v -> v.toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT)));
    }

    private static boolean convertible(String type, String text) {
        try {
            switch (type) {
                case "d:int" -> Integer.parseInt(text.trim());
                case "d:long" -> Long.parseLong(text.trim());
                case "d:boolean" -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        return false;
                    }
                }
                case "d:date" -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                case "d:datetime" -> parseDateTime(text);
                default -> {
                    // d:text and others accept any text
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private static void parseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            OffsetDateTime.parse(text, ISO_DATETIME_NO_COLON);
        }
    }
}
