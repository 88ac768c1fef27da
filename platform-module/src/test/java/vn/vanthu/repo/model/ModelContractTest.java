package vn.vanthu.repo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The content model holds the names other features, Share and the acceptance checks rely on
 * (issue 2 and BRIEF.md), and refuses bad values the way the repository does.
 */
class ModelContractTest {
    private static ModelXml model;
    private static ModelValidator validator;

    @BeforeAll
    static void load() throws Exception {
        model = ModelXml.load();
        validator = new ModelValidator(model);
    }

    @Test
    void modelDeclaresTheVanthuNamespace() {
        assertEquals("vt:vanthuModel", model.modelName);
        assertEquals(VanthuModel.NAMESPACE_URI, model.namespaces.get(VanthuModel.PREFIX));
        assertEquals("http://vanthu.vn/model/1.0", VanthuModel.NAMESPACE_URI);
    }

    @Test
    void typesHaveTheContractParents() {
        assertEquals("cm:content", model.classes.get("vt:incomingDocument").parent());
        assertEquals("cm:content", model.classes.get("vt:outgoingDocument").parent());
        assertEquals("cm:folder", model.classes.get("vt:dossier").parent());
        assertEquals("aspect", model.classes.get("vt:signatureInfo").kind());
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "vt:incomingDocument, vt:typeName, d:text", "vt:incomingDocument, vt:codeNumber, d:int",
        "vt:incomingDocument, vt:codeNotation, d:text", "vt:incomingDocument, vt:issuedDate, d:date",
        "vt:incomingDocument, vt:issuedPlace, d:text", "vt:outgoingDocument, vt:issuedPlace, d:text",
        "vt:incomingDocument, vt:organName, d:text", "vt:incomingDocument, vt:subject, d:text",
        "vt:incomingDocument, vt:pageAmount, d:int", "vt:incomingDocument, vt:priority, d:text",
        "vt:incomingDocument, vt:signerPosition, d:text", "vt:incomingDocument, vt:signerFullName, d:text",
        "vt:incomingDocument, vt:arrivalNumber, d:int", "vt:incomingDocument, vt:arrivalDate, d:datetime",
        "vt:incomingDocument, vt:dueDate, d:date", "vt:incomingDocument, vt:toPlaces, d:text",
        "vt:incomingDocument, vt:receivedElectronically, d:boolean",
        "vt:outgoingDocument, vt:typeName, d:text", "vt:outgoingDocument, vt:codeNumber, d:int",
        "vt:outgoingDocument, vt:priority, d:text", "vt:outgoingDocument, vt:recipients, d:text",
        "vt:outgoingDocument, vt:issuedAmount, d:int", "vt:outgoingDocument, vt:transmittedElectronically, d:boolean",
        "vt:outgoingDocument, vt:transmittedAt, d:datetime",
        "vt:dossier, vt:dossierCode, d:text", "vt:dossier, vt:procedureCode, d:text",
        "vt:dossier, vt:procedureName, d:text", "vt:dossier, vt:field, d:text", "vt:dossier, vt:handlingUnit, d:text",
        "vt:dossier, vt:applicantName, d:text", "vt:dossier, vt:channel, d:text", "vt:dossier, vt:electronic, d:boolean",
        "vt:dossier, vt:receivedAt, d:datetime", "vt:dossier, vt:appointmentAt, d:datetime",
        "vt:dossier, vt:finishedAt, d:datetime", "vt:dossier, vt:returnedAt, d:datetime",
        "vt:dossier, vt:dossierStatus, d:text", "vt:dossier, vt:timeliness, d:text",
        "vt:signatureInfo, vt:signatureStatus, d:text", "vt:signatureInfo, vt:signatureCount, d:int",
        "vt:signatureInfo, vt:signerName, d:text", "vt:signatureInfo, vt:signingTime, d:datetime",
        "vt:signatureInfo, vt:signatureVerifiedAt, d:datetime", "vt:signatureInfo, vt:signatureDetail, d:text",
        "vt:edxmlInfo, vt:edxmlDocumentId, d:text", "vt:edxmlInfo, vt:edxmlSenderId, d:text",
        "vt:edxmlInfo, vt:edxmlStatusCode, d:text", "vt:edxmlInfo, vt:edxmlDeliveryStatus, d:text",
        "vt:edxmlPackage, vt:edxmlPackageState, d:text", "vt:edxmlPackage, vt:edxmlProblems, d:text",
    })
    void contractPropertyHasItsDataType(String className, String property, String dataType) {
        ModelXml.PropertyDef def = model.effectiveProperties(className).stream()
                .filter(p -> p.name().equals(property)).findFirst().orElse(null);
        assertNotNull(def, property + " is not a property of " + className);
        assertEquals(dataType, def.type(), property);
    }

    @Test
    void onlyRecipientsAndTheDossierListsAreMultiValued() {
        List<String> multiple = model.properties().values().stream()
                .filter(ModelXml.PropertyDef::multiple).map(ModelXml.PropertyDef::name).toList();
        // vt:supplementIntervals and vt:receivedPapers: added by the dossier feature (supplement periods, slip papers).
        // vt:edxmlTrace, vt:edxmlDeliveryStatus, vt:edxmlProblems: added by the edXML exchange (trace hops,
        // one delivery line per recipient, one problem per line).
        assertEquals(List.of("vt:recipients", "vt:supplementIntervals", "vt:receivedPapers", "vt:edxmlTrace",
                "vt:edxmlDeliveryStatus", "vt:edxmlProblems"), multiple);
    }

    @ParameterizedTest
    @CsvSource({"vt:typeName", "vt:codeNotation", "vt:priority", "vt:dossierCode", "vt:procedureCode", "vt:field",
        "vt:handlingUnit", "vt:channel", "vt:dossierStatus", "vt:timeliness", "vt:signatureStatus",
        "vt:edxmlDocumentId", "vt:edxmlSenderId", "vt:edxmlStatusCode", "vt:edxmlPackageState", "vt:edxmlPackageSignature"})
    void codesAndStatusesAreUntokenisedAndFacetable(String property) {
        ModelXml.PropertyDef def = model.properties().get(property);
        assertFalse(def.tokenised(), property + " must be untokenised");
        assertTrue(def.facetable(), property + " must be facetable");
    }

    @Test
    void listConstraintsHoldExactlyTheContractValues() {
        assertEquals(List.of("Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo",
                "Hướng dẫn", "Chương trình", "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản",
                "Tờ trình", "Hợp đồng", "Công văn", "Công điện", "Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền",
                "Giấy mời", "Giấy giới thiệu", "Giấy nghỉ phép", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công",
                "Bản sao y", "Bản trích sao", "Bản sao lục"), allowed("vt:typeName"));
        assertEquals(List.of("normal", "khẩn", "thượng khẩn", "hỏa tốc"), allowed("vt:priority"));
        assertEquals(List.of("IN_PERSON", "ONLINE", "POSTAL"), allowed("vt:channel"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), allowed("vt:dossierStatus"));
        assertEquals(List.of("EARLY", "ON_TIME", "LATE"), allowed("vt:timeliness"));
        assertEquals(List.of("PENDING", "VALID", "INVALID", "UNTRUSTED", "MODIFIED_AFTER_SIGNING", "CERT_EXPIRED",
                "WEAK_ALGORITHM", "MALFORMED", "UNSIGNED"), allowed("vt:signatureStatus"));
        // QCVN 102:2016 status codes (arrived, rejected, accepted, assigned, in progress, done, recall).
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "13", "15", "16"), allowed("vt:edxmlStatusCode"));
        assertEquals(List.of("PENDING", "IMPORTED", "REJECTED", "STATUS_APPLIED", "PREPARED"),
                allowed("vt:edxmlPackageState"));
    }

    @Test
    void everyListValueIsInUnicodeNormalFormC() {
        for (ModelXml.ConstraintDef c : model.constraints.values()) {
            for (String v : c.allowedValues()) {
                assertTrue(java.text.Normalizer.isNormalized(v, java.text.Normalizer.Form.NFC), c.name() + ": " + v);
            }
        }
    }

    @Test
    void completeNodesOfEveryTypeAreAccepted() {
        assertEquals(List.of(), validator.validateNewNode("vt:incomingDocument", incoming()));
        assertEquals(List.of(), validator.validateNewNode("vt:outgoingDocument", outgoing()));
        assertEquals(List.of(), validator.validateNewNode("vt:dossier", dossier()));
        assertEquals(List.of(), validator.validateNewNode("vt:signatureInfo", signature()));
    }

    @ParameterizedTest(name = "{0} = {2} is refused")
    @CsvSource({
        "vt:incomingDocument, vt:typeName, Quyết Định",
        "vt:incomingDocument, vt:typeName, QĐ",
        "vt:incomingDocument, vt:priority, urgent",
        "vt:incomingDocument, vt:priority, Khẩn",
        "vt:dossier, vt:channel, 1",
        "vt:dossier, vt:dossierStatus, 11",
        "vt:dossier, vt:dossierStatus, 0",
        "vt:dossier, vt:timeliness, on_time",
        "vt:signatureInfo, vt:signatureStatus, valid",
        "vt:signatureInfo, vt:signatureStatus, REVOKED",
    })
    void valueOutsideItsListIsRefusedNamingTheValue(String className, String property, String badValue) {
        Map<String, Serializable> props = switch (className) {
            case "vt:dossier" -> dossier();
            case "vt:signatureInfo" -> signature();
            default -> incoming();
        };
        props.put(property, badValue);
        assertEquals(List.of("The value is not an allowed value: " + badValue),
                validator.validateNewNode(className, props));
    }

    @Test
    void emptyStringIsNotAnAllowedStatus() {
        Map<String, Serializable> props = dossier();
        props.put("vt:dossierStatus", "");
        assertEquals(List.of("The value is not an allowed value: "), validator.validateNewNode("vt:dossier", props));
    }

    @Test
    void dossierWithoutProcedureOrApplicantIsRefused() {
        Map<String, Serializable> props = dossier();
        props.remove("vt:procedureCode");
        props.remove("vt:applicantName");
        List<String> problems = validator.validateNewNode("vt:dossier", props);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.contains("Mandatory property not set: vt:procedureCode"), problems.toString());
        assertTrue(problems.contains("Mandatory property not set: vt:applicantName"), problems.toString());
    }

    @Test
    void defaultsFillMandatoryStatusChannelAndPriority() {
        Map<String, Serializable> props = dossier();
        props.remove("vt:dossierStatus");
        props.remove("vt:channel");
        assertEquals(List.of(), validator.validateNewNode("vt:dossier", props));
        assertEquals("2", model.properties().get("vt:dossierStatus").defaultValue());
        assertEquals("IN_PERSON", model.properties().get("vt:channel").defaultValue());
        assertEquals("normal", model.properties().get("vt:priority").defaultValue());
        assertEquals("PENDING", model.properties().get("vt:signatureStatus").defaultValue());
    }

    @Test
    void explicitlyClearingAnEnforcedMandatoryPropertyIsRefused() {
        Map<String, Serializable> doc = incoming();
        doc.put("vt:priority", null);
        assertEquals(List.of("Mandatory property not set: vt:priority"),
                validator.validateNewNode("vt:incomingDocument", doc));
    }

    @Test
    void timelinessStaysEmptyWhileTheDossierIsUnfinished() {
        Map<String, Serializable> props = dossier();
        props.remove("vt:timeliness");
        props.remove("vt:finishedAt");
        props.remove("vt:returnedAt");
        props.put("vt:dossierStatus", "4");
        assertEquals(List.of(), validator.validateNewNode("vt:dossier", props));
    }

    @Test
    void documentsCanBeCreatedWithoutMetadataSoUploadAndChangeTypeWork() {
        // A file uploaded in Share and then given a Vanthu type has no Vanthu metadata yet.
        assertEquals(List.of(), validator.validateNewNode("vt:incomingDocument", new HashMap<>()));
        assertEquals(List.of(), validator.validateNewNode("vt:outgoingDocument", new HashMap<>()));
    }

    @Test
    void wronglyTypedValuesAreRefused() {
        Map<String, Serializable> doc = incoming();
        doc.put("vt:arrivalNumber", "mười hai");
        doc.put("vt:issuedDate", "06/01/2023");
        assertEquals(List.of("Value of vt:arrivalNumber cannot be converted to d:int: mười hai",
                "Value of vt:issuedDate cannot be converted to d:date: 06/01/2023"),
                sorted(validator.validateNewNode("vt:incomingDocument", doc)));
    }

    @Test
    void propertiesOfTheOtherDocumentTypeAreNotAccepted() {
        Map<String, Serializable> doc = incoming();
        doc.put("vt:recipients", new ArrayList<>(List.of("Như trên")));
        assertEquals(List.of("Property not defined for vt:incomingDocument: vt:recipients"),
                validator.validateNewNode("vt:incomingDocument", doc));
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static List<String> allowed(String property) {
        List<String> refs = model.properties().get(property).constraintRefs();
        assertEquals(1, refs.size(), property);
        return model.constraints.get(refs.get(0)).allowedValues();
    }

    // Values as a clerk of UBND xã Phú Hồ enters them (numeric and date values as REST sends them).
    private static Map<String, Serializable> documentInfo() {
        Map<String, Serializable> p = new HashMap<>();
        p.put("vt:typeName", "Quyết định");
        p.put("vt:codeNumber", "4");
        p.put("vt:codeNotation", "QĐ-UBND");
        p.put("vt:issuedDate", "2023-01-06");
        p.put("vt:organName", "Ủy ban nhân dân xã Phú Hồ");
        p.put("vt:subject", "Về việc ban hành Kế hoạch cải cách hành chính năm 2023");
        p.put("vt:pageAmount", 3);
        p.put("vt:priority", "khẩn");
        p.put("vt:signerPosition", "Chủ tịch");
        p.put("vt:signerFullName", "Nguyễn Văn A");
        return p;
    }

    private static Map<String, Serializable> incoming() {
        Map<String, Serializable> p = documentInfo();
        p.put("vt:arrivalNumber", 12);
        p.put("vt:arrivalDate", "2023-01-09T08:30:00.000+0700");
        p.put("vt:dueDate", "2023-01-16");
        p.put("vt:toPlaces", "Văn phòng - Thống kê");
        p.put("vt:receivedElectronically", "true");
        return p;
    }

    private static Map<String, Serializable> outgoing() {
        Map<String, Serializable> p = documentInfo();
        p.put("vt:typeName", "Công văn");
        p.put("vt:codeNotation", "UBND-VX");
        p.put("vt:recipients", new ArrayList<>(List.of("UBND huyện Phú Vang", "Lưu: VT")));
        p.put("vt:issuedAmount", 5);
        p.put("vt:transmittedElectronically", true);
        p.put("vt:transmittedAt", "2023-01-06T16:00:00+07:00");
        return p;
    }

    private static Map<String, Serializable> dossier() {
        Map<String, Serializable> p = new HashMap<>();
        p.put("vt:dossierCode", "H15.50.05.13-261008-0975");
        p.put("vt:procedureCode", "1.001193");
        p.put("vt:procedureName", "Thủ tục đăng ký khai sinh");
        p.put("vt:field", "Hộ tịch");
        p.put("vt:handlingUnit", "Tư pháp - Hộ tịch");
        p.put("vt:applicantName", "Trần Thị B");
        p.put("vt:channel", "ONLINE");
        p.put("vt:electronic", true);
        p.put("vt:receivedAt", "2023-01-19T16:00:00.000+0700");
        p.put("vt:appointmentAt", "2023-01-20T16:00:00.000+0700");
        p.put("vt:finishedAt", "2023-01-20T10:00:00.000+0700");
        p.put("vt:returnedAt", "2023-01-20T14:00:00.000+0700");
        p.put("vt:dossierStatus", "10");
        p.put("vt:timeliness", "ON_TIME");
        return p;
    }

    private static Map<String, Serializable> signature() {
        Map<String, Serializable> p = new HashMap<>();
        p.put("vt:signatureStatus", "VALID");
        p.put("vt:signatureCount", 2);
        p.put("vt:signerName", "Nguyễn Văn A");
        p.put("vt:signingTime", "2023-01-06T15:12:00.000+0700");
        p.put("vt:signatureVerifiedAt", "2023-01-09T08:31:00.000+0700");
        p.put("vt:signatureDetail", "Chữ ký hợp lệ, chứng thư do Ban Cơ yếu Chính phủ cấp.");
        return p;
    }
}
