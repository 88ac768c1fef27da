package vn.vanthu.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vanthu.report.DossierFacts.Channel;
import vn.vanthu.report.DossierFacts.Timeliness;

/**
 * The facts of xã Phú Hồ's reporting year (15/12/2022 - 06/12/2023) as domain README section 1
 * states them, with the Địa chính row made consistent (185 = 156 settled in time + 21 late + 8 in
 * progress): documents and dossiers spread over the weekdays of the period.
 */
final class SeedYearFacts {

    static final LocalDate FROM = LocalDate.of(2022, 12, 15);
    static final LocalDate TO = LocalDate.of(2023, 12, 6);
    static final String JUSTICE = "Tư pháp - Hộ tịch";
    static final String CULTURE = "Văn hóa - xã hội";
    static final String LAND = "Địa chính-NN-XD&MT";
    static final String OFFICE = "Văn phòng - Thống kê";

    private final List<LocalDate> weekdays = new ArrayList<>();
    private final List<NodeFacts> facts = new ArrayList<>();
    private int next;

    private SeedYearFacts() {
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(day);
            }
        }
    }

    static List<NodeFacts> build() {
        SeedYearFacts year = new SeedYearFacts();
        for (int i = 0; i < 2283; i++) {
            year.facts.add(new DocumentFacts(DocumentFacts.Kind.INCOMING, year.spread(i, 2283), true,
                    i % 10 == 0 ? "VALID" : null));
        }
        for (int i = 0; i < 640; i++) {
            year.facts.add(new DocumentFacts(DocumentFacts.Kind.OUTGOING, year.spread(i, 640), true, "VALID"));
        }
        // Electronic dossiers: unit, field, early, on time, late, in progress (all within deadline).
        year.dossiers(JUSTICE, "Chứng thực", 690, 109, 4, 1, true);
        year.dossiers(JUSTICE, "Hộ tịch", 410, 65, 3, 1, true);
        year.dossiers(CULTURE, "Bảo trợ xã hội", 35, 8, 0, 2, true);
        year.dossiers(LAND, "Đất đai", 92, 64, 21, 8, true);
        year.dossiers(OFFICE, "Thống kê", 1, 0, 0, 0, true);
        // Dossiers handled on paper: 1,501, all settled.
        year.dossiers(JUSTICE, "Chứng thực", 900, 150, 0, 0, false);
        year.dossiers(JUSTICE, "Hộ tịch", 200, 40, 0, 0, false);
        year.dossiers(CULTURE, "Bảo trợ xã hội", 80, 20, 1, 0, false);
        year.dossiers(LAND, "Đất đai", 60, 30, 9, 0, false);
        year.dossiers(OFFICE, "Thống kê", 11, 0, 0, 0, false);
        return year.facts;
    }

    private LocalDate spread(int index, int count) {
        return weekdays.get((int) ((long) index * weekdays.size() / count));
    }

    private void dossiers(String unit, String field, int early, int onTime, int late, int open, boolean electronic) {
        int settled = early + onTime + late;
        // Settled dossiers are received no later than ten weekdays before the end of the period.
        List<LocalDate> days = weekdays.subList(0, weekdays.size() - 10);
        for (int i = 0; i < settled; i++) {
            LocalDate received = days.get((int) ((long) i * days.size() / settled));
            LocalDate appointment = received.plusDays(3);
            Timeliness timeliness = i < early ? Timeliness.EARLY : i < early + onTime ? Timeliness.ON_TIME : Timeliness.LATE;
            LocalDate finished = switch (timeliness) {
                case EARLY -> received.plusDays(1);
                case ON_TIME -> appointment;
                case LATE -> appointment.plusDays(2);
            };
            facts.add(new DossierFacts(received, channel(electronic), field, unit, electronic, appointment,
                    finished, timeliness));
        }
        for (int i = 0; i < open; i++) {
            LocalDate received = TO.minusDays(i % 3);
            facts.add(new DossierFacts(received, channel(electronic), field, unit, electronic, TO.plusDays(2),
                    null, null));
        }
    }

    private Channel channel(boolean electronic) {
        next++;
        if (!electronic) {
            return next % 7 == 0 ? Channel.POSTAL : Channel.IN_PERSON;
        }
        return next % 2 == 0 ? Channel.ONLINE : Channel.IN_PERSON;
    }
}
