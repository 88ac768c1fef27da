package vn.vanthu.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the procedure catalogue.
 *
 * @param code         national catalogue code (e.g. 1.001193)
 * @param nameVi       Vietnamese name
 * @param nameEn       English name
 * @param field        national procedure field (lĩnh vực), e.g. Hộ tịch
 * @param handlingUnit local handling unit, e.g. Tư pháp - Hộ tịch
 * @param time         legal processing time (≥ 0)
 * @param unit         unit of {@code time}
 * @param cutOff       whether a receipt after 15:00 counts from the next working day
 * @param validFrom    first day this entry applies, or null
 * @param validTo      last day this entry applies, or null
 * @param details      what the public page shows besides the time (fee, papers, channels, ...);
 *                     {@link ProcedureDetails#NONE} when the catalogue gives none
 */
public record Procedure(String code, String nameVi, String nameEn, String field, String handlingUnit,
                        int time, LegalTimeUnit unit, boolean cutOff, LocalDate validFrom, LocalDate validTo,
                        ProcedureDetails details) {

    /** An entry without published details (the ten-column catalogue format). */
    public Procedure(String code, String nameVi, String nameEn, String field, String handlingUnit,
                     int time, LegalTimeUnit unit, boolean cutOff, LocalDate validFrom, LocalDate validTo) {
        this(code, nameVi, nameEn, field, handlingUnit, time, unit, cutOff, validFrom, validTo, ProcedureDetails.NONE);
    }

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        details = details == null ? ProcedureDetails.NONE : details;
        if (time < 0) {
            throw new IllegalArgumentException("Negative processing time / Thời hạn giải quyết âm: " + code);
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_to before valid_from / Ngày hết hiệu lực trước ngày có hiệu lực: " + code);
        }
    }

    /** Whether this entry applies on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Name in the language asked for ("vi" or anything else for English). */
    public String name(String lang) {
        return "vi".equals(lang) || nameEn == null || nameEn.isBlank() ? nameVi : nameEn;
    }

    boolean overlaps(Procedure other) {
        LocalDate aFrom = validFrom == null ? LocalDate.MIN : validFrom;
        LocalDate aTo = validTo == null ? LocalDate.MAX : validTo;
        LocalDate bFrom = other.validFrom == null ? LocalDate.MIN : other.validFrom;
        LocalDate bTo = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }
}
