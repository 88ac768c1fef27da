package vn.vanthu.portal;

/** HTML escaping of every value the public pages print (text and attribute values). */
public final class Html {

    private Html() {
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '$' -> b.append("&#36;");
                case '{' -> b.append("&#123;");
                case '}' -> b.append("&#125;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
