package vn.vanthu.portal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A feedback as the public submits it, checked field by field: known fields only, each within its
 * length, no control characters, markup or template syntax; phone and e-mail in their usual
 * shapes; the procedure code, when given, must be in the catalogue. Missing name, address or
 * contact is not an error here: the feedback is recorded as not admissible with the reason.
 */
public record FeedbackForm(String name, String address, String phone, String email, String procedureCode, String regulation,
                           String content) {

    /** The fields a submission may carry (token and website are the challenge and the honeypot). */
    public static final Set<String> FIELDS = Set.of("name", "address", "phone", "email", "procedureCode", "regulation", "content",
            "token", "website", "lang", "format");
    public static final int MAX_CONTENT = 5000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,180}\\.[A-Za-z]{2,24}");
    private static final Pattern PROCEDURE = Pattern.compile("\\d{1,2}\\.\\d{6}");

    /** Checks the submitted fields; {@code knownProcedure} tells whether a code is in the catalogue. */
    public static FeedbackForm of(Map<String, String> fields, java.util.function.Predicate<String> knownProcedure) {
        for (String key : fields.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new PublicInputException(key.length() > 40 ? key.substring(0, 40) : key, "Trường không được phép: \"" + shorten(key) + "\"",
                        "Unknown field \"" + shorten(key) + "\"");
            }
        }
        String procedure = PublicInput.token("procedureCode", fields.get("procedureCode"), 12, PROCEDURE, "mã thủ tục dạng 1.001193",
                "a procedure code like 1.001193");
        if (!procedure.isEmpty() && !knownProcedure.test(procedure)) {
            throw new PublicInputException("procedureCode", "Không có thủ tục " + procedure + " trong danh mục",
                    "There is no procedure " + procedure + " in the catalogue");
        }
        return new FeedbackForm(PublicInput.freeText("name", fields.get("name"), 200, false),
                PublicInput.freeText("address", fields.get("address"), 300, false),
                PublicInput.token("phone", fields.get("phone"), 20, PHONE, "số điện thoại", "a phone number"),
                PublicInput.token("email", fields.get("email"), 254, EMAIL, "địa chỉ thư điện tử", "an e-mail address"),
                procedure,
                PublicInput.freeText("regulation", fields.get("regulation"), 500, false),
                PublicInput.freeText("content", fields.get("content"), MAX_CONTENT, true));
    }

    private static String shorten(String key) {
        String s = key.length() > 40 ? key.substring(0, 40) : key;
        return s.replaceAll("[^A-Za-z0-9_]", "?");
    }
}
