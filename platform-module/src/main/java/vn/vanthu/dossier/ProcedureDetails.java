package vn.vanthu.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the commune publishes about a procedure (công khai thủ tục hành chính) besides its legal
 * time: the columns 11 to 20 of the catalogue. Any of them may be empty: a catalogue in the older
 * ten-column format has no details, and the public page then shows only name, field and time.
 *
 * @param fieldEn    the field's name in English
 * @param unitEn     the handling unit's name in English
 * @param feeVi      fee or charge, in Vietnamese (free text: amounts depend on the case)
 * @param feeEn      the same in English
 * @param papersVi   papers to bring, one entry each, in Vietnamese
 * @param papersEn   the same in English
 * @param channels   how the dossier may be submitted
 * @param resultsVi  what the applicant receives, in Vietnamese
 * @param resultsEn  the same in English
 * @param legalBasis the legal documents the procedure rests on (names as published)
 */
public record ProcedureDetails(String fieldEn, String unitEn, String feeVi, String feeEn, List<String> papersVi,
                               List<String> papersEn, Set<SubmissionChannel> channels, String resultsVi, String resultsEn,
                               List<String> legalBasis) {

    /** No published details. */
    public static final ProcedureDetails NONE = new ProcedureDetails("", "", "", "", List.of(), List.of(), Set.of(), "", "", List.of());

    public ProcedureDetails {
        fieldEn = Objects.requireNonNullElse(fieldEn, "");
        unitEn = Objects.requireNonNullElse(unitEn, "");
        feeVi = Objects.requireNonNullElse(feeVi, "");
        feeEn = Objects.requireNonNullElse(feeEn, "");
        papersVi = List.copyOf(papersVi == null ? List.of() : papersVi);
        papersEn = List.copyOf(papersEn == null ? List.of() : papersEn);
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(channels);
        resultsVi = Objects.requireNonNullElse(resultsVi, "");
        resultsEn = Objects.requireNonNullElse(resultsEn, "");
        legalBasis = List.copyOf(legalBasis == null ? List.of() : legalBasis);
    }

    /** Fee in the language asked for ("vi" or English), falling back to Vietnamese. */
    public String fee(boolean vi) {
        return vi || feeEn.isBlank() ? feeVi : feeEn;
    }

    public List<String> papers(boolean vi) {
        return vi || papersEn.isEmpty() ? papersVi : papersEn;
    }

    public String results(boolean vi) {
        return vi || resultsEn.isBlank() ? resultsVi : resultsEn;
    }
}
