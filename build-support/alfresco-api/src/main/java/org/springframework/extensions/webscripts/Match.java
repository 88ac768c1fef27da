package org.springframework.extensions.webscripts;

import java.util.Collections;
import java.util.Map;

/** Subset: the URI template a request matched, with its variables. */
public final class Match {

    /** What matched: the URI only, or URI and method. */
    public enum Kind {
        URI,
        FULL
    }

    private final String templatePath;
    private final Map<String, String> templateVars;
    private final String matchPath;

    public Match(String templatePath, Map<String, String> templateVars, String matchPath) {
        this.templatePath = templatePath;
        this.templateVars = Collections.unmodifiableMap(templateVars);
        this.matchPath = matchPath;
    }

    public Kind getKind() {
        return Kind.URI;
    }

    public String getTemplate() {
        return templatePath;
    }

    public Map<String, String> getTemplateVars() {
        return templateVars;
    }

    public String getPath() {
        return matchPath;
    }
}
