package vn.vanthu.tools.seed;

import java.util.Map;

/**
 * One node the demo creates: where, its name and type, its properties as the REST API takes them
 * (strings for dates and times, JSON arrays for multi-valued properties) and its content.
 */
public record PlannedNode(Folder folder, String name, String nodeType, Map<String, Object> properties,
                          Content content, String text) {

    /** The three folders of the demo. */
    public enum Folder {
        INCOMING("Văn bản đến"), OUTGOING("Văn bản đi"), DOSSIERS("Hồ sơ một cửa");

        private final String title;

        Folder(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What the node's content is. */
    public enum Content {
        NONE, PDF, SIGNED_PDF
    }
}
