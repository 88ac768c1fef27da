package vn.vanthu.repo.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.content.transform.UnsupportedTransformationException;
import org.alfresco.repo.rendition2.SynchronousTransformClient;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.repo.behaviour.RepositoryFixture;
import vn.vanthu.repo.model.VanthuModel;

class HeaderExtractorTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private RepositoryFixture repo;
    private final ContentService contentService = mock(ContentService.class);
    private final SynchronousTransformClient transforms = mock(SynchronousTransformClient.class);
    private final HeaderExtractor extractor = new HeaderExtractor();

    @BeforeEach
    void setUp() {
        repo = new RepositoryFixture("single");
        extractor.setNodeService(repo.nodeService);
        extractor.setContentService(contentService);
        extractor.setTransformClient(transforms);
        extractor.setBehaviourFilter(repo.behaviourFilter);
        extractor.setDuplicateFlagger(repo.flagger);
        extractor.setZone("Asia/Ho_Chi_Minh");
    }

    /** Page text of a test header (the part above its expected values). */
    static String page(String resource) throws IOException {
        try (InputStream in = HeaderExtractorTest.class.getResourceAsStream("/headers/" + resource)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return content.substring(0, content.indexOf("#### EXPECTED"));
        }
    }

    private NodeRef document(Map<QName, Serializable> props, String mimetype, String text) {
        NodeRef node = repo.create(VanthuModel.TYPE_INCOMING_DOCUMENT, props).getChildRef();
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(true);
        when(reader.getSize()).thenReturn(4096L);
        when(reader.getMimetype()).thenReturn(mimetype);
        when(reader.getContentString()).thenReturn(text);
        when(contentService.getReader(node, ContentModel.PROP_CONTENT)).thenReturn(reader);
        return node;
    }

    private Serializable prop(NodeRef node, QName name) {
        return repo.properties.get(node).get(name);
    }

    @Test
    void fillsOnlyTheEmptyPropertiesFromPlainText() throws Exception {
        Map<QName, Serializable> typedByClerk = new HashMap<>();
        typedByClerk.put(VanthuModel.PROP_SUBJECT, "Kỷ niệm 8/3");
        NodeRef node = document(typedByClerk, MimetypeMap.MIMETYPE_TEXT_PLAIN, page("03-cv-xa-gap.txt"));
        assertEquals(HeaderExtractor.Outcome.FILLED, extractor.extract(node));
        assertEquals("Công văn", prop(node, VanthuModel.PROP_TYPE_NAME));
        assertEquals(12, prop(node, VanthuModel.PROP_CODE_NUMBER));
        assertEquals("12/UBND-VX", prop(node, VanthuModel.PROP_CODE_NOTATION));
        assertEquals(Date.from(LocalDate.of(2023, 3, 15).atStartOfDay(VN).toInstant()), prop(node, VanthuModel.PROP_ISSUED_DATE));
        assertEquals("Phú Hồ", prop(node, VanthuModel.PROP_ISSUED_PLACE));
        assertEquals("ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", prop(node, VanthuModel.PROP_ORGAN_NAME));
        assertEquals("Kỷ niệm 8/3", prop(node, VanthuModel.PROP_SUBJECT), "never overwrite the clerk");
        assertEquals("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", prop(node, VanthuModel.PROP_SIGNER_POSITION));
        assertEquals("Nguyễn Văn Hùng", prop(node, VanthuModel.PROP_SIGNER_FULL_NAME));
        verify(transforms, never()).transform(any(), any(), any(), any(), any());
        assertEquals(HeaderExtractor.Outcome.NOTHING_TO_FILL, extractor.extract(node), "a second run changes nothing");
    }

    @Test
    void aPlaceTypedByTheClerkIsKeptAndABlankOneIsFilled() throws Exception {
        NodeRef typed = document(new HashMap<>(Map.of(VanthuModel.PROP_ISSUED_PLACE, "xã Phú Hồ")), MimetypeMap.MIMETYPE_TEXT_PLAIN,
                page("03-cv-xa-gap.txt"));
        NodeRef blank = document(new HashMap<>(Map.of(VanthuModel.PROP_ISSUED_PLACE, "  ")), MimetypeMap.MIMETYPE_TEXT_PLAIN,
                page("22-cv-tinh.txt"));
        extractor.extract(typed);
        extractor.extract(blank);
        assertEquals("xã Phú Hồ", prop(typed, VanthuModel.PROP_ISSUED_PLACE), "never overwrite the clerk");
        assertEquals("12/UBND-VX", prop(typed, VanthuModel.PROP_CODE_NOTATION), "the other fields are still filled");
        assertEquals("Thừa Thiên Huế", prop(blank, VanthuModel.PROP_ISSUED_PLACE), "a blank place counts as empty");
    }

    @Test
    void transformsOtherFormatsToTextAndFlagsTheDuplicate() throws Exception {
        String text = page("22-cv-tinh.txt");
        NodeRef first = document(Map.of(), MimetypeMap.MIMETYPE_TEXT_PLAIN, text);
        extractor.extract(first);

        NodeRef pdf = document(Map.of(), MimetypeMap.MIMETYPE_PDF, null);
        when(transforms.isSupported(eq(MimetypeMap.MIMETYPE_PDF), anyLong(), any(), eq(MimetypeMap.MIMETYPE_TEXT_PLAIN), any(),
                any(), eq(pdf))).thenReturn(true);
        ContentWriter writer = mock(ContentWriter.class);
        ContentReader transformed = mock(ContentReader.class);
        when(writer.getReader()).thenReturn(transformed);
        when(transformed.getContentString()).thenReturn(text);
        when(contentService.getTempWriter()).thenReturn(writer);

        assertEquals(HeaderExtractor.Outcome.FILLED, extractor.extract(pdf));
        verify(writer).setMimetype(MimetypeMap.MIMETYPE_TEXT_PLAIN);
        verify(transforms).transform(any(), eq(writer), any(), any(), eq(pdf));
        assertEquals("2345/UBND-NC", prop(pdf, VanthuModel.PROP_CODE_NOTATION));
        assertEquals(first.toString(), prop(pdf, VanthuModel.PROP_DUPLICATE_OF));
    }

    @Test
    void withoutATransformerNothingIsWrittenAndNothingFails() {
        NodeRef odt = document(Map.of(), "application/vnd.oasis.opendocument.text", null);
        assertEquals(HeaderExtractor.Outcome.NO_TRANSFORMER, extractor.extract(odt));

        NodeRef pdf = document(Map.of(), MimetypeMap.MIMETYPE_PDF, null);
        when(transforms.isSupported(any(), anyLong(), any(), any(), any(), any(), eq(pdf))).thenReturn(true);
        when(contentService.getTempWriter()).thenReturn(mock(ContentWriter.class));
        doThrow(new UnsupportedTransformationException("too big")).when(transforms).transform(any(), any(), any(), any(), eq(pdf));
        assertEquals(HeaderExtractor.Outcome.NO_TRANSFORMER, extractor.extract(pdf));
        verify(repo.nodeService, never()).addProperties(any(), any());
    }

    @Test
    void aDecreeKeepsItsNumberButNotATypeTheModelDoesNotList() throws Exception {
        NodeRef node = document(Map.of(), MimetypeMap.MIMETYPE_TEXT_PLAIN, page("05-nd-chinhphu.txt"));
        extractor.extract(node);
        assertEquals("34/2019/NĐ-CP", prop(node, VanthuModel.PROP_CODE_NOTATION));
        assertNull(prop(node, VanthuModel.PROP_TYPE_NAME));
    }

    @Test
    void skipsWhatIsNotAnIncomingDocumentWithContent() {
        NodeRef outgoing = repo.create(VanthuModel.TYPE_OUTGOING_DOCUMENT, Map.of()).getChildRef();
        assertEquals(HeaderExtractor.Outcome.NOT_AN_INCOMING_DOCUMENT, extractor.extract(outgoing));
        NodeRef empty = repo.create(VanthuModel.TYPE_INCOMING_DOCUMENT, Map.of()).getChildRef();
        assertEquals(HeaderExtractor.Outcome.NO_CONTENT, extractor.extract(empty));
        assertFalse(repo.aspects.get(empty).contains(VanthuModel.ASPECT_POSSIBLE_DUPLICATE));
    }
}
