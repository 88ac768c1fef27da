package vn.vanthu.repo.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanthu.calendar.CalendarData;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.calendar.WorkingHours;
import vn.vanthu.dossier.AppointmentCalculator;
import vn.vanthu.dossier.DossierLifecycle;
import vn.vanthu.dossier.EarlyBoundary;
import vn.vanthu.dossier.ProcedureCatalogue;
import vn.vanthu.dossier.TimelinessPolicy;

/**
 * The one-stop shop's rules as configured by the administrator, without a rebuild:
 * <ul>
 * <li>{@code vanthu.dossier.configDir}: a directory on the repository server holding
 *     {@code procedures.csv} (catalogue entries that replace the shipped ones by code) and a
 *     {@code calendar/} folder of CSV files (a year there replaces the shipped year);</li>
 * <li>{@code vanthu.dossier.morningHours}, {@code vanthu.dossier.afternoonHours}: office hours;</li>
 * <li>{@code vanthu.dossier.earlyBoundary}: DAY or HALF_DAY.</li>
 * </ul>
 * Files are re-read when they change (checked on use, by modification time and size). A file that
 * cannot be read is reported in the log and the last good configuration stays in force (the
 * shipped defaults when there never was one), so a typing mistake never stops the counter.
 */
public class DossierConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DossierConfiguration.class);

    /** What an unset agency identifier is replaced by in dossier codes, so that reception never stops. */
    public static final String UNSET_AGENCY = "UNSET";

    private String configDir = "";
    private String agencyId = "";
    private String organName = "";
    private String place = "";
    private String morningHours = "07:30-11:30";
    private String afternoonHours = "13:00-17:00";
    private String earlyBoundary = "DAY";

    private volatile Snapshot snapshot;

    /** The calendar, catalogue and rules in force now. */
    public record Snapshot(String stamp, WorkingCalendar calendar, ProcedureCatalogue catalogue, AppointmentCalculator calculator,
                           DossierLifecycle lifecycle) {
    }

    public Snapshot current() {
        String stamp = stamp();
        Snapshot s = snapshot;
        if (s != null && s.stamp().equals(stamp)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.stamp().equals(stamp)) {
                return s;
            }
            try {
                snapshot = load(stamp);
            } catch (RuntimeException e) {
                LOG.error("Vanthu dossier configuration in '{}' not used, keeping the {} / Không dùng được cấu hình hồ sơ: {}",
                        configDir, s == null ? "shipped defaults" : "previous configuration", e.getMessage());
                snapshot = s != null ? new Snapshot(stamp, s.calendar(), s.catalogue(), s.calculator(), s.lifecycle()) : defaults(stamp);
            }
            return snapshot;
        }
    }

    private Snapshot load(String stamp) {
        CalendarData data = CalendarData.defaults();
        ProcedureCatalogue catalogue = ProcedureCatalogue.defaults();
        Path dir = dir();
        if (dir != null) {
            Path calendarDir = dir.resolve("calendar");
            if (Files.isDirectory(calendarDir)) {
                data = data.overriddenBy(CalendarData.readPath(calendarDir));
            }
            Path procedures = dir.resolve("procedures.csv");
            if (Files.isRegularFile(procedures)) {
                catalogue = catalogue.overriddenBy(ProcedureCatalogue.read(procedures));
            }
        }
        return build(stamp, data, catalogue);
    }

    private Snapshot defaults(String stamp) {
        return build(stamp, CalendarData.defaults(), ProcedureCatalogue.defaults());
    }

    private Snapshot build(String stamp, CalendarData data, ProcedureCatalogue catalogue) {
        WorkingHours hours;
        try {
            hours = WorkingHours.parse(morningHours, afternoonHours);
        } catch (IllegalArgumentException e) {
            LOG.error("vanthu.dossier.morningHours/afternoonHours: {}; using 07:30-11:30, 13:00-17:00", e.getMessage());
            hours = WorkingHours.DEFAULT;
        }
        WorkingCalendar calendar = new WorkingCalendar(data, hours);
        AppointmentCalculator calculator = new AppointmentCalculator(calendar);
        return new Snapshot(stamp, calendar, catalogue, calculator, new DossierLifecycle(calculator, new TimelinessPolicy(boundary())));
    }

    private EarlyBoundary boundary() {
        try {
            return EarlyBoundary.valueOf(earlyBoundary.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.error("vanthu.dossier.earlyBoundary must be DAY or HALF_DAY, not '{}'; using DAY", earlyBoundary);
            return EarlyBoundary.DAY;
        }
    }

    private Path dir() {
        return configDir == null || configDir.isBlank() ? null : Path.of(configDir.strip());
    }

    /** Names, sizes and modification times of the configuration files: changes when a file does. */
    private String stamp() {
        Path dir = dir();
        if (dir == null || !Files.isDirectory(dir)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(f + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis());
            }
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        }
        return String.join("|", parts);
    }

    /** The agency identifier of dossier codes, {@value #UNSET_AGENCY} when not configured. */
    public String agencyId() {
        return agencyId == null || agencyId.isBlank() ? UNSET_AGENCY : agencyId.strip();
    }

    public String organName() {
        return organName == null ? "" : organName.strip();
    }

    public String place() {
        return place == null ? "" : place.strip();
    }

    public void init() {
        if (UNSET_AGENCY.equals(agencyId())) {
            LOG.warn("vanthu.dossier.agencyId is not set: dossier codes start with '{}' until it is / Chưa cấu hình mã cơ quan cho mã hồ sơ",
                    UNSET_AGENCY);
        }
        current();
    }

    public void setConfigDir(String configDir) {
        this.configDir = configDir;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public void setOrganName(String organName) {
        this.organName = organName;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public void setMorningHours(String morningHours) {
        this.morningHours = morningHours;
    }

    public void setAfternoonHours(String afternoonHours) {
        this.afternoonHours = afternoonHours;
    }

    public void setEarlyBoundary(String earlyBoundary) {
        this.earlyBoundary = earlyBoundary;
    }
}
