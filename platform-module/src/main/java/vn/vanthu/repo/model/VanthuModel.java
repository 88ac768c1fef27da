package vn.vanthu.repo.model;

import org.alfresco.service.namespace.QName;

/**
 * QNames of the Vanthu content model ({@code alfresco/module/vanthu-platform/model/vanthu-model.xml}).
 * Every type, aspect, property and named constraint of the model has a constant here and nothing
 * else does; VanthuModelTest checks both directions. Property constants are named after the local
 * name (vt:arrivalNumber is PROP_ARRIVAL_NUMBER).
 */
public interface VanthuModel {
    String NAMESPACE_URI = "http://vanthu.vn/model/1.0";
    String PREFIX = "vt";

    // Types
    QName TYPE_INCOMING_DOCUMENT = QName.createQName(NAMESPACE_URI, "incomingDocument");
    QName TYPE_OUTGOING_DOCUMENT = QName.createQName(NAMESPACE_URI, "outgoingDocument");
    QName TYPE_DOSSIER = QName.createQName(NAMESPACE_URI, "dossier");

    // Aspects
    QName ASPECT_DOCUMENT_INFO = QName.createQName(NAMESPACE_URI, "documentInfo");
    QName ASPECT_SIGNATURE_INFO = QName.createQName(NAMESPACE_URI, "signatureInfo");
    QName ASPECT_POSSIBLE_DUPLICATE = QName.createQName(NAMESPACE_URI, "possibleDuplicate");

    // Properties of vt:documentInfo (common to incoming and outgoing documents)
    QName PROP_TYPE_NAME = QName.createQName(NAMESPACE_URI, "typeName");
    QName PROP_CODE_NUMBER = QName.createQName(NAMESPACE_URI, "codeNumber");
    QName PROP_CODE_NOTATION = QName.createQName(NAMESPACE_URI, "codeNotation");
    QName PROP_ISSUED_DATE = QName.createQName(NAMESPACE_URI, "issuedDate");
    QName PROP_ISSUED_PLACE = QName.createQName(NAMESPACE_URI, "issuedPlace");
    QName PROP_ORGAN_NAME = QName.createQName(NAMESPACE_URI, "organName");
    QName PROP_SUBJECT = QName.createQName(NAMESPACE_URI, "subject");
    QName PROP_LANGUAGE = QName.createQName(NAMESPACE_URI, "language");
    QName PROP_PAGE_AMOUNT = QName.createQName(NAMESPACE_URI, "pageAmount");
    QName PROP_PRIORITY = QName.createQName(NAMESPACE_URI, "priority");
    QName PROP_SIGNER_POSITION = QName.createQName(NAMESPACE_URI, "signerPosition");
    QName PROP_SIGNER_FULL_NAME = QName.createQName(NAMESPACE_URI, "signerFullName");
    QName PROP_DUE_DATE = QName.createQName(NAMESPACE_URI, "dueDate");
    QName PROP_NOTES = QName.createQName(NAMESPACE_URI, "notes");
    QName PROP_REGISTER_YEAR = QName.createQName(NAMESPACE_URI, "registerYear");

    // Properties of vt:incomingDocument
    QName PROP_ARRIVAL_NUMBER = QName.createQName(NAMESPACE_URI, "arrivalNumber");
    QName PROP_ARRIVAL_DATE = QName.createQName(NAMESPACE_URI, "arrivalDate");
    QName PROP_TO_PLACES = QName.createQName(NAMESPACE_URI, "toPlaces");
    QName PROP_RECEIVED_ELECTRONICALLY = QName.createQName(NAMESPACE_URI, "receivedElectronically");
    QName PROP_HANDLER = QName.createQName(NAMESPACE_URI, "handler");
    QName PROP_FORWARDED_AT = QName.createQName(NAMESPACE_URI, "forwardedAt");
    QName PROP_REPLY_NOTATION = QName.createQName(NAMESPACE_URI, "replyNotation");

    // Properties of vt:outgoingDocument
    QName PROP_RECIPIENTS = QName.createQName(NAMESPACE_URI, "recipients");
    QName PROP_ISSUED_AMOUNT = QName.createQName(NAMESPACE_URI, "issuedAmount");
    QName PROP_TRANSMITTED_ELECTRONICALLY = QName.createQName(NAMESPACE_URI, "transmittedElectronically");
    QName PROP_TRANSMITTED_AT = QName.createQName(NAMESPACE_URI, "transmittedAt");
    QName PROP_FILE_COPY_UNIT = QName.createQName(NAMESPACE_URI, "fileCopyUnit");

    // Properties of vt:dossier
    QName PROP_DOSSIER_CODE = QName.createQName(NAMESPACE_URI, "dossierCode");
    QName PROP_PROCEDURE_CODE = QName.createQName(NAMESPACE_URI, "procedureCode");
    QName PROP_PROCEDURE_NAME = QName.createQName(NAMESPACE_URI, "procedureName");
    QName PROP_FIELD = QName.createQName(NAMESPACE_URI, "field");
    QName PROP_HANDLING_UNIT = QName.createQName(NAMESPACE_URI, "handlingUnit");
    QName PROP_APPLICANT_NAME = QName.createQName(NAMESPACE_URI, "applicantName");
    QName PROP_APPLICANT_ID_NUMBER = QName.createQName(NAMESPACE_URI, "applicantIdNumber");
    QName PROP_APPLICANT_ADDRESS = QName.createQName(NAMESPACE_URI, "applicantAddress");
    QName PROP_APPLICANT_PHONE = QName.createQName(NAMESPACE_URI, "applicantPhone");
    QName PROP_CHANNEL = QName.createQName(NAMESPACE_URI, "channel");
    QName PROP_ELECTRONIC = QName.createQName(NAMESPACE_URI, "electronic");
    QName PROP_RECEIVED_AT = QName.createQName(NAMESPACE_URI, "receivedAt");
    QName PROP_APPOINTMENT_AT = QName.createQName(NAMESPACE_URI, "appointmentAt");
    QName PROP_FINISHED_AT = QName.createQName(NAMESPACE_URI, "finishedAt");
    QName PROP_RETURNED_AT = QName.createQName(NAMESPACE_URI, "returnedAt");
    QName PROP_DOSSIER_STATUS = QName.createQName(NAMESPACE_URI, "dossierStatus");
    QName PROP_TIMELINESS = QName.createQName(NAMESPACE_URI, "timeliness");
    QName PROP_SUPPLEMENT_INTERVALS = QName.createQName(NAMESPACE_URI, "supplementIntervals");
    QName PROP_RECEIVED_PAPERS = QName.createQName(NAMESPACE_URI, "receivedPapers");

    // Properties of vt:signatureInfo
    QName PROP_SIGNATURE_STATUS = QName.createQName(NAMESPACE_URI, "signatureStatus");
    QName PROP_SIGNATURE_COUNT = QName.createQName(NAMESPACE_URI, "signatureCount");
    QName PROP_SIGNER_NAME = QName.createQName(NAMESPACE_URI, "signerName");
    QName PROP_SIGNING_TIME = QName.createQName(NAMESPACE_URI, "signingTime");
    QName PROP_SIGNATURE_VERIFIED_AT = QName.createQName(NAMESPACE_URI, "signatureVerifiedAt");
    QName PROP_SIGNATURE_DETAIL = QName.createQName(NAMESPACE_URI, "signatureDetail");

    // Properties of vt:possibleDuplicate
    QName PROP_DUPLICATE_OF = QName.createQName(NAMESPACE_URI, "duplicateOf");

    // LIST constraints
    QName CONSTRAINT_TYPE_NAME_LIST = QName.createQName(NAMESPACE_URI, "typeNameList");
    QName CONSTRAINT_PRIORITY_LIST = QName.createQName(NAMESPACE_URI, "priorityList");
    QName CONSTRAINT_CHANNEL_LIST = QName.createQName(NAMESPACE_URI, "channelList");
    QName CONSTRAINT_DOSSIER_STATUS_LIST = QName.createQName(NAMESPACE_URI, "dossierStatusList");
    QName CONSTRAINT_TIMELINESS_LIST = QName.createQName(NAMESPACE_URI, "timelinessList");
    QName CONSTRAINT_SIGNATURE_STATUS_LIST = QName.createQName(NAMESPACE_URI, "signatureStatusList");

    // vt:feedback (issue 13: feedback on administrative regulations)
    QName TYPE_FEEDBACK = QName.createQName(NAMESPACE_URI, "feedback");
    QName PROP_FEEDBACK_CODE = QName.createQName(NAMESPACE_URI, "feedbackCode");
    QName PROP_SUBMITTER_NAME = QName.createQName(NAMESPACE_URI, "submitterName");
    QName PROP_SUBMITTER_ADDRESS = QName.createQName(NAMESPACE_URI, "submitterAddress");
    QName PROP_SUBMITTER_PHONE = QName.createQName(NAMESPACE_URI, "submitterPhone");
    QName PROP_SUBMITTER_EMAIL = QName.createQName(NAMESPACE_URI, "submitterEmail");
    QName PROP_FEEDBACK_CHANNEL = QName.createQName(NAMESPACE_URI, "feedbackChannel");
    QName PROP_FEEDBACK_PROCEDURE_CODE = QName.createQName(NAMESPACE_URI, "feedbackProcedureCode");
    QName PROP_FEEDBACK_FIELD = QName.createQName(NAMESPACE_URI, "feedbackField");
    QName PROP_REGULATION = QName.createQName(NAMESPACE_URI, "regulation");
    QName PROP_FEEDBACK_CONTENT = QName.createQName(NAMESPACE_URI, "feedbackContent");
    QName PROP_FEEDBACK_RECEIVED_AT = QName.createQName(NAMESPACE_URI, "feedbackReceivedAt");
    QName PROP_FEEDBACK_DUE_AT = QName.createQName(NAMESPACE_URI, "feedbackDueAt");
    QName PROP_FEEDBACK_HANDLER = QName.createQName(NAMESPACE_URI, "feedbackHandler");
    QName PROP_FEEDBACK_STATUS = QName.createQName(NAMESPACE_URI, "feedbackStatus");
    QName PROP_ADMISSIBLE = QName.createQName(NAMESPACE_URI, "admissible");
    QName PROP_INADMISSIBLE_REASON = QName.createQName(NAMESPACE_URI, "inadmissibleReason");
    QName PROP_ANSWER_TEXT = QName.createQName(NAMESPACE_URI, "answerText");
    QName PROP_ANSWERED_AT = QName.createQName(NAMESPACE_URI, "answeredAt");
    QName CONSTRAINT_FEEDBACK_CHANNEL_LIST = QName.createQName(NAMESPACE_URI, "feedbackChannelList");
    QName CONSTRAINT_FEEDBACK_STATUS_LIST = QName.createQName(NAMESPACE_URI, "feedbackStatusList");
    // edXML exchange (issue 12): aspects, their properties and lists, in one block
    QName ASPECT_EDXML_INFO = QName.createQName(NAMESPACE_URI, "edxmlInfo");
    QName ASPECT_EDXML_INBOX = QName.createQName(NAMESPACE_URI, "edxmlInbox");
    QName ASPECT_EDXML_OUTBOX = QName.createQName(NAMESPACE_URI, "edxmlOutbox");
    QName ASPECT_EDXML_PACKAGE = QName.createQName(NAMESPACE_URI, "edxmlPackage");
    QName PROP_EDXML_DOCUMENT_ID = QName.createQName(NAMESPACE_URI, "edxmlDocumentId");
    QName PROP_EDXML_SENDER_ID = QName.createQName(NAMESPACE_URI, "edxmlSenderId");
    QName PROP_EDXML_TRACE = QName.createQName(NAMESPACE_URI, "edxmlTrace");
    QName PROP_EDXML_ORIGINAL = QName.createQName(NAMESPACE_URI, "edxmlOriginal");
    QName PROP_EDXML_PACKAGE_SIGNATURE = QName.createQName(NAMESPACE_URI, "edxmlPackageSignature");
    QName PROP_EDXML_PACKAGE_SIGNER = QName.createQName(NAMESPACE_URI, "edxmlPackageSigner");
    QName PROP_EDXML_STATUS_CODE = QName.createQName(NAMESPACE_URI, "edxmlStatusCode");
    QName PROP_EDXML_STATUS_REASON = QName.createQName(NAMESPACE_URI, "edxmlStatusReason");
    QName PROP_EDXML_DELIVERY_STATUS = QName.createQName(NAMESPACE_URI, "edxmlDeliveryStatus");
    QName PROP_EDXML_PACKAGE_STATE = QName.createQName(NAMESPACE_URI, "edxmlPackageState");
    QName PROP_EDXML_PROBLEMS = QName.createQName(NAMESPACE_URI, "edxmlProblems");
    QName PROP_EDXML_DOCUMENT = QName.createQName(NAMESPACE_URI, "edxmlDocument");
    QName CONSTRAINT_EDXML_STATUS_LIST = QName.createQName(NAMESPACE_URI, "edxmlStatusList");
    QName CONSTRAINT_EDXML_PACKAGE_STATE_LIST = QName.createQName(NAMESPACE_URI, "edxmlPackageStateList");
}
