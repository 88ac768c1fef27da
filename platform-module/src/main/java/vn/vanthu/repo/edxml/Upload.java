package vn.vanthu.repo.edxml;

import java.io.InputStream;

import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.servlet.FormData;

/** The package a request carries: the first file of a multipart form, or else the body. */
record Upload(InputStream stream, String fileName) {

    static Upload of(WebScriptRequest req) throws EdxmlRefusal {
        String type = req.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                && req.parseContent() instanceof FormData form) {
            for (FormData.FormField field : form.getFields()) {
                // One stream per file: each getInputStream() of a field kept on disk opens the file again.
                InputStream stream = field.getIsFile() ? field.getInputStream() : null;
                if (stream != null) {
                    return new Upload(stream, field.getFilename());
                }
            }
            throw EdxmlRefusal.badRequest("Biểu mẫu không có tệp gói tin", "The form carries no package file");
        }
        if (req.getContent() == null || req.getContent().getInputStream() == null) {
            throw EdxmlRefusal.badRequest("Yêu cầu không có gói tin", "The request carries no package");
        }
        return new Upload(req.getContent().getInputStream(), null);
    }
}
