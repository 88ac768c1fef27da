package vn.vanthu.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document types of Decree 30/2020/NĐ-CP (Appendix III) with their abbreviations, the three
 * kinds of copy (which have their own number series) and the legal normative types a commune
 * receives from higher levels. Shared by the header parser and the numbering rules, so a type is
 * spelt and abbreviated in one place only.
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_VAN("Công văn", null),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    THU_CONG("Thư công", null),
    /** Legal normative documents received from the Government and ministries. */
    NGHI_DINH("Nghị định", "NĐ"),
    THONG_TU("Thông tư", "TT"),
    THONG_TU_LIEN_TICH("Thông tư liên tịch", "TTLT"),
    /** Copies: each kind has its own number series. */
    BAN_SAO_Y("Bản sao y", "SY", "SAO Y", "SAO Y BẢN CHÍNH"),
    BAN_TRICH_SAO("Bản trích sao", "TrS", "TRÍCH SAO"),
    BAN_SAO_LUC("Bản sao lục", "SL", "SAO LỤC");

    private static final Map<String, DocumentType> BY_FOLDED_NAME = new HashMap<>();
    private static final Map<String, DocumentType> BY_FOLDED_ABBREVIATION = new HashMap<>();

    static {
        for (DocumentType type : values()) {
            BY_FOLDED_NAME.put(VietnameseText.fold(type.typeName), type);
            for (String title : type.otherTitles) {
                BY_FOLDED_NAME.put(VietnameseText.fold(title), type);
            }
            if (type.abbreviation != null) {
                BY_FOLDED_ABBREVIATION.put(type.abbreviation.toUpperCase(Locale.ROOT), type);
            }
        }
    }

    private final String typeName;
    private final String abbreviation;
    private final String[] otherTitles;

    DocumentType(String typeName, String abbreviation, String... otherTitles) {
        this.typeName = typeName;
        this.abbreviation = abbreviation;
        this.otherTitles = otherTitles;
    }

    /** The Vietnamese name, as stored in vt:typeName ("Quyết định"). */
    public String typeName() {
        return typeName;
    }

    /** The Decree 30 abbreviation ("QĐ"), or null for a công văn or thư công. */
    public String abbreviation() {
        return abbreviation;
    }

    /** True for the copies (sao y, trích sao, sao lục), numbered in their own series. */
    public boolean isCopy() {
        return this == BAN_SAO_Y || this == BAN_TRICH_SAO || this == BAN_SAO_LUC;
    }

    /**
     * True for the types of Decree 30 Appendix III and the copies (the values of vt:typeName);
     * false for the legal normative types (Nghị định, Thông tư) a commune receives but never issues.
     */
    public boolean inDecree30Catalogue() {
        return this != NGHI_DINH && this != THONG_TU && this != THONG_TU_LIEN_TICH;
    }

    /**
     * The type whose name (or title as printed on a document, such as "SAO Y") is the given text,
     * in any case, NFC or NFD, with or without extra spaces.
     */
    public static Optional<DocumentType> fromName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_FOLDED_NAME.get(VietnameseText.fold(name)));
    }

    /** The type with this abbreviation ("QĐ", "qđ", "TTr"). Copies included. */
    public static Optional<DocumentType> fromAbbreviation(String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        String key = VietnameseText.normalize(abbreviation).toUpperCase(Locale.ROOT);
        return Optional.ofNullable(BY_FOLDED_ABBREVIATION.get(key));
    }
}
