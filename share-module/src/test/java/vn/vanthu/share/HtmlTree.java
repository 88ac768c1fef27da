package vn.vanthu.share;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader for the DOM Chromium prints with --dump-dom: enough to find elements by class or id
 * and read their attributes and text. The page is ours, so no malformed markup has to be repaired.
 */
final class HtmlTree
{
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*(/?)>|<!--.*?-->|<!DOCTYPE[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([^\\s=>/]+)(?:=\"([^\"]*)\")?");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");

    static final class Element
    {
        final String tag;
        final Map<String, String> attrs = new LinkedHashMap<>();
        final List<Object> children = new ArrayList<>();

        Element(String tag)
        {
            this.tag = tag;
        }

        String attr(String name)
        {
            return attrs.getOrDefault(name, "");
        }

        boolean hasClass(String c)
        {
            return (" " + attr("class") + " ").contains(" " + c + " ");
        }

        String text()
        {
            StringBuilder sb = new StringBuilder();
            for (Object child : children)
            {
                sb.append(child instanceof Element e ? e.text() : (String) child);
            }
            return sb.toString();
        }

        /** Descendants in document order that match. */
        List<Element> find(Predicate<Element> test)
        {
            List<Element> found = new ArrayList<>();
            for (Object child : children)
            {
                if (child instanceof Element e)
                {
                    if (test.test(e))
                    {
                        found.add(e);
                    }
                    found.addAll(e.find(test));
                }
            }
            return found;
        }

        List<Element> byClass(String c)
        {
            return find(e -> e.hasClass(c));
        }

        Element byId(String id)
        {
            List<Element> found = find(e -> id.equals(e.attr("id")));
            if (found.size() != 1)
            {
                throw new AssertionError("expected one element #" + id + ", found " + found.size());
            }
            return found.get(0);
        }
    }

    private HtmlTree()
    {
    }

    static Element parse(String html)
    {
        Element root = new Element("#document");
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find())
        {
            if (m.start() > last)
            {
                open.peek().children.add(decode(html.substring(last, m.start())));
            }
            last = m.end();
            if (m.group(2) == null)
            {
                continue; // comment or doctype
            }
            String tag = m.group(2).toLowerCase();
            if (!m.group(1).isEmpty())
            {
                while (open.size() > 1 && !open.peek().tag.equals(tag))
                {
                    open.pop();
                }
                if (open.size() > 1)
                {
                    open.pop();
                }
                continue;
            }
            Element e = new Element(tag);
            Matcher a = ATTR.matcher(m.group(3));
            while (a.find())
            {
                e.attrs.put(a.group(1), a.group(2) == null ? "" : decode(a.group(2)));
            }
            open.peek().children.add(e);
            if (!VOID.contains(tag) && m.group(4).isEmpty())
            {
                open.push(e);
            }
            if (tag.equals("script") || tag.equals("style"))
            {
                int end = html.indexOf("</" + tag + ">", last);
                e.children.add(html.substring(last, end));
                last = end;
                m.region(end, html.length());
            }
        }
        if (last < html.length())
        {
            open.peek().children.add(decode(html.substring(last)));
        }
        return root;
    }

    static String decode(String s)
    {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
