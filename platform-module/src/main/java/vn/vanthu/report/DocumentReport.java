package vn.vanthu.report;

import java.math.BigDecimal;

/**
 * Documents of a period: incoming documents that arrived in it (and how many of them were entered
 * with an electronic copy), outgoing documents issued in it (and how many of those were transmitted
 * over the network and carry a VALID signature). Both shares have the same base, so they never
 * exceed 100 %.
 */
public record DocumentReport(Period period, long received, long enteredElectronically, long issued,
                             long transmittedElectronically, long signed) {

    /** Counts the documents of the period from the statistics. */
    public static DocumentReport compute(Statistics statistics, Period period) {
        long[] incoming = count(statistics, Series.INCOMING, period);
        long[] outgoing = count(statistics, Series.OUTGOING, period);
        return new DocumentReport(period, incoming[0], incoming[1], outgoing[0], outgoing[1], outgoing[2]);
    }

    /** count, electronic, VALID of one series over the period. */
    private static long[] count(Statistics statistics, Series series, Period period) {
        int from = period.fromDay();
        int to = period.toDay();
        String valid = DocumentFacts.SIGNATURE_PREFIX + DocumentFacts.VALID;
        long[] totals = new long[3];
        statistics.forEach(series, (day, key, count) -> {
            if (day >= from && day <= to) {
                if (DocumentFacts.COUNT.equals(key)) {
                    totals[0] += count;
                } else if (DocumentFacts.ELECTRONIC.equals(key)) {
                    totals[1] += count;
                } else if (valid.equals(key)) {
                    totals[2] += count;
                }
            }
        });
        return totals;
    }

    /** Share of incoming documents entered electronically, in percent with one decimal. */
    public BigDecimal enteredShare() {
        return Shares.percent(enteredElectronically, received);
    }

    /** Share of issued documents transmitted over the network. */
    public BigDecimal transmittedShare() {
        return Shares.percent(transmittedElectronically, issued);
    }

    /** Share of issued documents carrying a VALID digital signature. */
    public BigDecimal signedShare() {
        return Shares.percent(signed, issued);
    }
}
