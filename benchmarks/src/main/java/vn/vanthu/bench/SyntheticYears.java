package vn.vanthu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DossierFacts;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.SignatureCoverage;

/**
 * Synthetic node facts spread over three years (2021-2023): documents of both kinds with every
 * signature status, dossiers over 12 fields, 4 units, 3 channels, electronic or not, settled early,
 * on time or late, some still open. Deterministic for a given count.
 */
final class SyntheticYears {

    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final int DAYS = 3 * 365;
    static final String[] UNITS = {"Tư pháp - Hộ tịch", "Văn hóa - xã hội", "Địa chính-NN-XD&MT", "Văn phòng - Thống kê"};

    private SyntheticYears() {
    }

    /** {@code documents} documents and as many dossiers. */
    static List<NodeFacts> facts(int documents) {
        SplittableRandom random = new SplittableRandom(documents);
        List<NodeFacts> facts = new ArrayList<>(2 * documents);
        for (int i = 0; i < documents; i++) {
            LocalDate day = START.plusDays(random.nextInt(DAYS));
            facts.add(new DocumentFacts(random.nextBoolean() ? DocumentFacts.Kind.INCOMING : DocumentFacts.Kind.OUTGOING,
                    day, random.nextInt(10) > 0, SignatureCoverage.STATUSES.get(random.nextInt(SignatureCoverage.STATUSES.size()))
                            .replace(vn.vanthu.report.DocumentFacts.NOT_CHECKED, "VALID")));
        }
        for (int i = 0; i < documents; i++) {
            facts.add(dossier(random));
        }
        return facts;
    }

    static DossierFacts dossier(SplittableRandom random) {
        LocalDate received = START.plusDays(random.nextInt(DAYS));
        int fieldIndex = random.nextInt(12);
        LocalDate appointment = received.plusDays(random.nextInt(15));
        boolean open = random.nextInt(50) == 0;
        LocalDate finished = open ? null : received.plusDays(random.nextInt(20));
        DossierFacts.Timeliness timeliness = open ? null
                : finished.isBefore(appointment) ? DossierFacts.Timeliness.EARLY
                : finished.equals(appointment) ? DossierFacts.Timeliness.ON_TIME : DossierFacts.Timeliness.LATE;
        return new DossierFacts(received, DossierFacts.Channel.values()[random.nextInt(3)], "Lĩnh vực " + fieldIndex,
                UNITS[fieldIndex % UNITS.length], random.nextBoolean(), appointment, finished, timeliness);
    }
}
