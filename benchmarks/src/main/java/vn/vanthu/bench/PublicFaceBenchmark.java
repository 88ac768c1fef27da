package vn.vanthu.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ProcedureCatalogue;
import vn.vanthu.portal.DossierLookup;
import vn.vanthu.portal.PortalMessages;
import vn.vanthu.portal.ProcedurePages;
import vn.vanthu.portal.ProcedureSearch;
import vn.vanthu.qr.QrCode;

/**
 * Costs of the public pages' own work (issue 13): a search of the catalogue without diacritics,
 * the printable procedures page, the QR code of a slip, and the look-up comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PublicFaceBenchmark {

    private final ProcedureCatalogue catalogue = ProcedureCatalogue.defaults();
    private final LocalDate day = LocalDate.of(2023, 6, 1);
    private final List<Procedure> all = ProcedureSearch.search(catalogue, day, "", "");
    private final DossierLookup.Found found = new DossierLookup.Found("H15.50.05.13-230119-0007", "1.001193", "Đăng ký khai sinh",
            Instant.parse("2023-01-19T09:00:00Z"), Instant.parse("2023-01-27T10:00:00Z"), "4", null, null, "0905123456", "046089001234");

    @Benchmark
    public List<Procedure> searchWithoutDiacritics() {
        return ProcedureSearch.search(catalogue, day, "", "dang ky khai sinh");
    }

    @Benchmark
    public String proceduresPageHtml() {
        return ProcedurePages.html(all, "", "", new vn.vanthu.portal.FeedbackContact("Số 1", "0234", "a@b.vn"), "UBND XÃ PHÚ HỒ",
                PortalMessages.of(true));
    }

    @Benchmark
    public String slipQrCodeSvg() {
        return QrCode.encode("https://phuho.gov.vn/alfresco/s/vanthu/public/dossier?format=html&code=H15.50.05.13-230119-0007")
                .toSvg(0, "QR");
    }

    @Benchmark
    public boolean lookupComparisonUnknownCode() {
        return DossierLookup.answer(null, "3456", Instant.EPOCH, true).isPresent();
    }

    @Benchmark
    public boolean lookupComparisonWrongCheck() {
        return DossierLookup.answer(found, "0000", Instant.EPOCH, true).isPresent();
    }
}
