package vn.vanthu.repo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.vanthu.metadata.DocumentType;

/** The parser and numbering catalogue and the model's vt:typeName list name the same types. */
class DocumentTypeCatalogueTest {

    @Test
    void catalogueTypesAreTheAllowedTypeNames() throws Exception {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/alfresco/module/vanthu-platform/model/vanthu-model.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = xml.indexOf("<constraint name=\"vt:typeNameList\"");
        String list = xml.substring(start, xml.indexOf("</list>", start));
        List<String> allowed = new ArrayList<>();
        Matcher m = Pattern.compile("<value>([^<]+)</value>").matcher(list);
        while (m.find()) {
            allowed.add(m.group(1));
        }
        List<String> catalogue = Arrays.stream(DocumentType.values()).filter(DocumentType::inDecree30Catalogue)
                .map(DocumentType::typeName).toList();
        assertEquals(allowed, catalogue);
    }
}
