package vn.vanthu.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ProcedureCatalogue;
import vn.vanthu.metadata.VietnameseText;

/**
 * Searches the procedure catalogue the dossiers use, in Java: no query is built from what the
 * public types. Words match without diacritics and case ("dang ky khai sinh" finds "Đăng ký khai
 * sinh"; đ/Đ fold to d, which Unicode decomposition alone does not do); every word of {@code q}
 * must start a word of the code, the Vietnamese or English name or the field. {@code field} matches the
 * Vietnamese or English field name the same way, as a whole.
 */
public final class ProcedureSearch {

    /** Longest search text accepted. */
    public static final int MAX_QUERY = 200;

    private ProcedureSearch() {
    }

    /** The entries in force on {@code day} that match, in catalogue order. */
    public static List<Procedure> search(ProcedureCatalogue catalogue, LocalDate day, String field, String q) {
        String wantedField = key(field);
        List<String> words = Arrays.stream(key(q).split(" ")).filter(w -> !w.isEmpty()).toList();
        List<Procedure> found = new ArrayList<>();
        for (Procedure procedure : catalogue.all()) {
            if (!procedure.validOn(day)) {
                continue;
            }
            if (!wantedField.isEmpty() && !wantedField.equals(key(procedure.field()))
                    && !wantedField.equals(key(procedure.details().fieldEn()))) {
                continue;
            }
            String haystack = " " + key(procedure.code() + " " + procedure.nameVi() + " " + procedure.nameEn() + " "
                    + procedure.field() + " " + procedure.details().fieldEn()) + " ";
            if (words.stream().allMatch(word -> haystack.contains(" " + word))) {
                found.add(procedure);
            }
        }
        return found;
    }

    /** The fields of the entries in force on {@code day}, in catalogue order, once each. */
    public static List<Procedure> fieldsOf(ProcedureCatalogue catalogue, LocalDate day) {
        List<Procedure> firsts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Procedure procedure : catalogue.all()) {
            if (procedure.validOn(day) && !seen.contains(key(procedure.field()))) {
                seen.add(key(procedure.field()));
                firsts.add(procedure);
            }
        }
        return firsts;
    }

    /** Folded form: no diacritics, đ as d, lower case, every run of other characters one space. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = VietnameseText.fold(text).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                b.append(c);
                space = false;
            } else if (!space && b.length() > 0) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }
}
