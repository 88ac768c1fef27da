package vn.vanthu.dossier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The procedure catalogue: semicolon-separated text, one entry per line (see the shipped
 * {@code procedures.csv} for the columns). A code may have several entries whose validity periods
 * do not overlap; {@link #find} picks the one in force on the day of receipt.
 */
public final class ProcedureCatalogue {

    /** Shipped defaults on the class path. */
    public static final String DEFAULT_RESOURCE = "/vn/vanthu/dossier/procedures.csv";

    /** The timing columns (code to valid_to); a file may stop after them. */
    private static final int COLUMNS = 10;
    /** With the published details (field_en to legal_basis). */
    private static final int COLUMNS_WITH_DETAILS = 20;
    /** Separator of the entries of a list column (papers, channels, legal basis). */
    private static final String LIST_SEPARATOR = "\\|";

    private final Map<String, List<Procedure>> byCode;

    private ProcedureCatalogue(Map<String, List<Procedure>> byCode) {
        this.byCode = byCode;
    }

    /** The shipped catalogue. */
    public static ProcedureCatalogue defaults() {
        try (InputStream in = ProcedureCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new DossierConfigurationException("Missing resource / Thiếu tệp: " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new DossierConfigurationException("Cannot read / Không đọc được " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads a catalogue file. */
    public static ProcedureCatalogue read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new DossierConfigurationException("Cannot read catalogue file / Không đọc được tệp danh mục: " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses catalogue text; {@code source} names it in error messages. */
    public static ProcedureCatalogue parse(Reader reader, String source) throws IOException {
        Map<String, List<Procedure>> byCode = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (text.isBlank() || text.strip().startsWith("#") || text.toLowerCase(Locale.ROOT).startsWith("code;")) {
                continue;
            }
            Procedure procedure = parseLine(text, source, number);
            List<Procedure> entries = byCode.computeIfAbsent(procedure.code(), c -> new ArrayList<>());
            for (Procedure other : entries) {
                if (other.overlaps(procedure)) {
                    throw error(source, number, "validity overlaps another entry of " + procedure.code()
                            + " / thời gian hiệu lực trùng với một dòng khác của " + procedure.code());
                }
            }
            entries.add(procedure);
        }
        byCode.replaceAll((code, entries) -> List.copyOf(entries));
        return new ProcedureCatalogue(byCode);
    }

    private static Procedure parseLine(String text, String source, int number) {
        String[] f = text.split(";", -1);
        if (f.length != COLUMNS && f.length != COLUMNS_WITH_DETAILS) {
            throw error(source, number, "expected " + COLUMNS + " or " + COLUMNS_WITH_DETAILS + " columns separated by ';', found "
                    + f.length + " / cần " + COLUMNS + " hoặc " + COLUMNS_WITH_DETAILS + " cột phân cách bằng ';', có " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        if (!f[0].matches("\\d+\\.\\d+")) {
            throw error(source, number, "code must look like 1.001193 / mã thủ tục phải có dạng 1.001193: " + f[0]);
        }
        if (f[1].isEmpty()) {
            throw error(source, number, "name_vi is empty / thiếu tên thủ tục");
        }
        int time;
        try {
            time = Integer.parseInt(f[5]);
        } catch (NumberFormatException e) {
            throw error(source, number, "time must be a whole number / thời hạn phải là số nguyên: " + f[5]);
        }
        LegalTimeUnit unit;
        try {
            unit = LegalTimeUnit.valueOf(f[6].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(source, number, "unit must be HOURS, WORKING_DAYS, DAYS or MONTHS / đơn vị phải là HOURS, WORKING_DAYS, DAYS hoặc MONTHS: " + f[6]);
        }
        boolean cutOff = switch (f[7].toLowerCase(Locale.ROOT)) {
            case "yes", "true", "có" -> true;
            case "no", "false", "không", "" -> false;
            default -> throw error(source, number, "cutoff_15h must be yes or no / cutoff_15h phải là yes hoặc no: " + f[7]);
        };
        try {
            ProcedureDetails details = f.length == COLUMNS ? ProcedureDetails.NONE : details(f, source, number);
            return new Procedure(f[0], f[1], f[2], f[3], f[4], time, unit, cutOff, date(f[8], source, number), date(f[9], source, number),
                    details);
        } catch (IllegalArgumentException e) {
            throw error(source, number, e.getMessage());
        }
    }

    private static ProcedureDetails details(String[] f, String source, int number) {
        java.util.Set<SubmissionChannel> channels = java.util.EnumSet.noneOf(SubmissionChannel.class);
        for (String channel : list(f[16])) {
            try {
                channels.add(SubmissionChannel.valueOf(channel.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw error(source, number, "channels must be IN_PERSON, ONLINE or POSTAL separated by '|' / kênh nộp phải là IN_PERSON,"
                        + " ONLINE hoặc POSTAL, phân cách bằng '|': " + channel);
            }
        }
        return new ProcedureDetails(f[10], f[11], f[12], f[13], list(f[14]), list(f[15]), channels, f[17], f[18], list(f[19]));
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(LIST_SEPARATOR)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static LocalDate date(String text, String source, int number) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(source, number, "date must be yyyy-MM-dd / ngày phải theo dạng yyyy-MM-dd: " + text);
        }
    }

    private static DossierConfigurationException error(String source, int line, String problem) {
        return new DossierConfigurationException(source + " line/dòng " + line + ": " + problem);
    }

    /** This catalogue with every code present in {@code other} replaced by other's entries. */
    public ProcedureCatalogue overriddenBy(ProcedureCatalogue other) {
        Map<String, List<Procedure>> merged = new LinkedHashMap<>(byCode);
        merged.putAll(other.byCode);
        return new ProcedureCatalogue(merged);
    }

    /** The entry of {@code code} in force on {@code day}. */
    public Optional<Procedure> find(String code, LocalDate day) {
        return byCode.getOrDefault(code == null ? "" : code.strip(), List.of()).stream().filter(p -> p.validOn(day)).findFirst();
    }

    /** Like {@link #find} but refusing an unknown code or a day outside every validity period. */
    public Procedure require(String code, LocalDate day) {
        return find(code, day).orElseThrow(() -> new DossierConfigurationException(
                byCode.containsKey(code == null ? "" : code.strip())
                        ? "Procedure " + code + " has no entry valid on " + day + " / Thủ tục " + code + " không có thời hạn áp dụng cho ngày " + day
                        : "Unknown procedure code / Không có mã thủ tục trong danh mục: " + code));
    }

    /** Every entry, in file order. */
    public List<Procedure> all() {
        return byCode.values().stream().flatMap(Collection::stream).toList();
    }
}
