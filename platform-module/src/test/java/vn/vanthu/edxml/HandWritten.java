package vn.vanthu.edxml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A package written by hand the way the national axis's SDK samples write them (edXML: prefix on
 * the envelope, AttachmentEncoded in the default namespace, AttachmentName after the content,
 * DocumentId before Code, "cid:" in the manifest only), with placeholders tests replace.
 */
final class HandWritten {

    static final byte[] PDF = ("%PDF-1.4\n% Văn bản điện tử của Ủy ban nhân dân xã Phú Hồ\n"
            + "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").repeat(20)
            .getBytes(StandardCharsets.UTF_8);

    static final String TEMPLATE = """
            <?xml version="1.0" encoding="utf-8"?>
            <edXML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
              <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                <edXML:edXMLHeader>
                  <edXML:MessageHeader>
                    <edXML:From>
                      <edXML:OrganId>000.00.12.H15</edXML:OrganId>
                      <edXML:OrganizationInCharge>Sở Nội vụ</edXML:OrganizationInCharge>
                      <edXML:OrganName>Sở Nội vụ tỉnh Thừa Thiên Huế</edXML:OrganName>
                    </edXML:From>
                    <edXML:To>
                      <edXML:OrganId>H15.50.05.13</edXML:OrganId>
                      <edXML:OrganName>Ủy ban nhân dân xã Phú Hồ</edXML:OrganName>
                    </edXML:To>
                    <edXML:DocumentId>000.00.12.H15,2023/03/15,215/SNV-CCHC</edXML:DocumentId>
                    <edXML:Code>
                      <edXML:CodeNumber>@NUMBER@</edXML:CodeNumber>
                      <edXML:CodeNotation>SNV-CCHC</edXML:CodeNotation>
                    </edXML:Code>
                    <edXML:PromulgationInfo>
                      <edXML:Place>Thừa Thiên Huế</edXML:Place>
                      <edXML:PromulgationDate>@DATE@</edXML:PromulgationDate>
                    </edXML:PromulgationInfo>
                    <edXML:DocumentType>
                      <edXML:Type>2</edXML:Type>
                      <edXML:TypeName>@TYPE@</edXML:TypeName>
                      <edXML:TypeDetail>0</edXML:TypeDetail>
                    </edXML:DocumentType>
                    <edXML:Subject><![CDATA[V/v báo cáo kết quả cải cách hành chính quý I & đề xuất năm 2023]]></edXML:Subject>
                    <edXML:Content>Đề nghị UBND các xã báo cáo trước ngày 31/3/2023.</edXML:Content>
                    <edXML:SignerInfo>
                      <edXML:Competence>KT.</edXML:Competence>
                      <edXML:Position>Phó Giám đốc</edXML:Position>
                      <edXML:FullName>Lê Thị Hồng Nhung</edXML:FullName>
                    </edXML:SignerInfo>
                    <edXML:DueDate>2023/03/31</edXML:DueDate>
                    <edXML:ToPlaces>
                      <edXML:Place>UBND các xã, phường</edXML:Place>
                      <edXML:Place>Lưu: VT, CCHC</edXML:Place>
                    </edXML:ToPlaces>
                    <edXML:OtherInfo>
                      <edXML:Priority>2</edXML:Priority>
                      <edXML:SphereOfPromulgation>Liên thông văn bản</edXML:SphereOfPromulgation>
                      <edXML:TyperNotation>NTH</edXML:TyperNotation>
                      <edXML:PromulgationAmount>12</edXML:PromulgationAmount>
                      <edXML:PageAmount>2</edXML:PageAmount>
                      <edXML:Appendixes><edXML:Appendix></edXML:Appendix></edXML:Appendixes>
                    </edXML:OtherInfo>
                    <edXML:SteeringType>0</edXML:SteeringType>
                  </edXML:MessageHeader>
                  <edXML:TraceHeaderList id="a1b2c3d4" version="1.0" mustUnderstand="1" actor="http://schemas.xmlsoap.org/soap/actor/next">
                    <edXML:TraceHeader>
                      <edXML:OrganId>000.00.12.H15</edXML:OrganId>
                      <edXML:Timestamp>2023/03/15 14:05:09</edXML:Timestamp>
                    </edXML:TraceHeader>
                    <edXML:Bussiness>
                      <edXML:BussinessDocType>0</edXML:BussinessDocType>
                      <edXML:Paper>0</edXML:Paper>
                    </edXML:Bussiness>
                  </edXML:TraceHeaderList>
                </edXML:edXMLHeader>
                <edXML:edXMLBody>
                  <edXML:edXMLManifest version="1.0">
                    <edXML:Reference xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="cid:7f3c2a10-5b1e-4d7e-9a55-3c1b2d4e5f60" xlink:type="simple">
                      <edXML:Description>Văn bản chính</edXML:Description>
                      <edXML:AttachmentName>215-SNV-CCHC.pdf</edXML:AttachmentName>
                      <edXML:ContentType>application/pdf</edXML:ContentType>
                      <edXML:ContentId>cid:7f3c2a10-5b1e-4d7e-9a55-3c1b2d4e5f60</edXML:ContentId>
                      @EXTRA@
                    </edXML:Reference>
                  </edXML:edXMLManifest>
                </edXML:edXMLBody>
              </edXML:edXMLEnvelope>
              <AttachmentEncoded>
                <Attachment>
                  <ContentType>application/pdf</ContentType>
                  <ContentId>7f3c2a10-5b1e-4d7e-9a55-3c1b2d4e5f60</ContentId>
                  <Description>Văn bản chính</Description>
                  <ContentTransferEncoded>@BASE64@</ContentTransferEncoded>
                  <AttachmentName>215-SNV-CCHC.pdf</AttachmentName>
                </Attachment>
              </AttachmentEncoded>
            </edXML>
            """;

    private HandWritten() {
    }

    /** The template with a valid number, date, type, base64 (76 columns, CRLF) and declared size and digest. */
    static String valid() {
        return TEMPLATE.replace("@NUMBER@", "215").replace("@DATE@", "2023/03/15").replace("@TYPE@", "Công văn")
                .replace("@BASE64@", "\r\n" + Base64.getMimeEncoder().encodeToString(PDF) + "\r\n")
                .replace("@EXTRA@", "<edXML:AttachmentSize>" + PDF.length + "</edXML:AttachmentSize>\n"
                        + "<edXML:DigestValue Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\">" + sha256(PDF)
                        + "</edXML:DigestValue>");
    }

    static String sha256(byte[] b) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
