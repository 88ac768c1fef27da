package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.util.ResourceBundle;

/** Subset: a web script. */
public interface WebScript {
    Description getDescription();

    ResourceBundle getResources();

    void execute(WebScriptRequest req, WebScriptResponse res) throws IOException;
}
