package vn.vanthu.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.vanthu.metadata.HeaderFields;
import vn.vanthu.metadata.HeaderParser;
import vn.vanthu.numbering.InMemoryNumberStore;
import vn.vanthu.numbering.NumberingConfig;
import vn.vanthu.numbering.NumberingService;
import vn.vanthu.register.RegisterEntry;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterLanguage;
import vn.vanthu.register.RegisterPeriod;
import vn.vanthu.register.RegisterWriter;

/**
 * Header parsing of one page, arrival numbering under 4 threads, and writing a year's incoming
 * register of the size of xã Phú Hồ's (2,283 documents) as XLSX.
 * Run: java -jar benchmarks/target/benchmarks.jar RegistersBenchmark
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RegistersBenchmark {

    static final String PAGE = String.join("\n",
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "XÃ PHÚ HỒ Độc lập - Tự do - Hạnh phúc",
            "Số: 15/QĐ-UBND Phú Hồ, ngày 20 tháng 02 năm 2023",
            "QUYẾT ĐỊNH",
            "Về việc thành lập Tổ công tác triển khai Đề án 06",
            "trên địa bàn xã Phú Hồ",
            "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Thành lập Tổ công tác triển khai Đề án 06.",
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
            "- Như Điều 3; KT. CHỦ TỊCH",
            "- Lưu: VT. PHÓ CHỦ TỊCH",
            "Trần Thị Mai");

    private final HeaderParser parser = new HeaderParser();
    private NumberingService numbering;
    private List<RegisterEntry> year;
    private final Instant arrival = Instant.parse("2023-05-01T02:00:00Z");

    @Setup
    public void setUp() {
        numbering = new NumberingService(NumberingConfig.fromProperties(Map.of()), new InMemoryNumberStore());
        year = new ArrayList<>();
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 1; i <= 2283; i++) {
            year.add(new RegisterEntry().arrivalNumber(i).arrivalDate(day.plusDays(i % 365)).organName("SỞ NỘI VỤ")
                    .codeNotation(i + "/SNV-VP").issuedDate(day.plusDays(i % 365)).typeName("Công văn")
                    .subject("V/v triển khai nhiệm vụ số " + i + " trên địa bàn xã").toPlaces("Văn phòng - Thống kê"));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public HeaderFields parseHeader() {
        return parser.parse(PAGE);
    }

    @Benchmark
    @Threads(4)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int allocateArrivalNumber() {
        return numbering.nextArrivalNumber(arrival);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int writeYearRegisterXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterWriter().writeXlsx(RegisterKind.INCOMING, RegisterPeriod.ofYear(2023), year, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ",
                RegisterLanguage.VI_EN, out);
        return out.size();
    }
}
