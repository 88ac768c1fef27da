package vn.vanthu.portal;

/**
 * Where citizens send feedback on administrative regulations (vanthu.feedback.address, .phone,
 * .email), published with the procedures as Decree 20/2008/NĐ-CP requires. Empty values are left out.
 */
public record FeedbackContact(String address, String phone, String email) {

    public FeedbackContact {
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
    }
}
