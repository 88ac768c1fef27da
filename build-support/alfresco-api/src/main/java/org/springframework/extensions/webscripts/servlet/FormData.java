package org.springframework.extensions.webscripts.servlet;

import java.io.InputStream;
import java.io.Serializable;

import org.springframework.extensions.surf.util.Content;

/**
 * Subset: the multipart form of a request, as WebScriptRequest.parseContent returns it. The real
 * class is built by the servlet runtime from the HTTP request; that constructor is not part of the
 * subset.
 */
public class FormData implements Serializable {
    private static final long serialVersionUID = 1L;

    private FormData() {
    }

    public boolean hasField(String name) {
        return false;
    }

    public FormField[] getFields() {
        return new FormField[0];
    }

    public void cleanup() {
    }

    /** Subset: one field of the form, a value or a file. */
    public class FormField implements Serializable {
        private static final long serialVersionUID = 1L;

        private FormField() {
        }

        public String getName() {
            return null;
        }

        public boolean getIsFile() {
            return false;
        }

        public String getValue() {
            return null;
        }

        public Content getContent() {
            return null;
        }

        public InputStream getInputStream() {
            return null;
        }

        public String getMimetype() {
            return null;
        }

        public String getFilename() {
            return null;
        }

        public void cleanup() {
        }
    }
}
