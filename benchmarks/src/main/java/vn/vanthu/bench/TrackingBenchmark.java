package vn.vanthu.bench;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.namespace.QName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.StatisticsDelta;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.AttributeStatisticsStore;
import vn.vanthu.repo.store.NodeFactsReader;

/**
 * The synchronous work the tracking adds to a node creation or change: reading the node's facts
 * from its properties, computing the delta and updating the day buckets through the real attribute
 * store adapter, here against an in-memory attribute service already holding the statistics of a
 * million documents and dossiers. Sample time, so the median (p0.50) can be read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class TrackingBenchmark {

    private final NodeFactsReader reader = new NodeFactsReader();
    private AttributeStatisticsStore store;
    private final Set<QName> aspects = Set.of(ContentModel.ASPECT_AUDITABLE, VanthuModel.ASPECT_DOCUMENT_INFO);
    private long counter;

    @Setup(Level.Trial)
    public void fill() {
        store = new AttributeStatisticsStore();
        store.setAttributeService(new InMemoryAttributeService());
        SyntheticYears.facts(1_000_000).forEach(facts -> store.apply(StatisticsDelta.between(null, facts)));
    }

    private static Date day(long index) {
        return Date.from(Instant.parse("2021-01-01T02:00:00Z").plusSeconds(86_400L * (index % (3 * 365))));
    }

    /** An incoming document is created with a PDF and a signature verdict. */
    @Benchmark
    public NodeFacts createIncomingDocument() {
        long index = counter++;
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(VanthuModel.PROP_ARRIVAL_DATE, day(index));
        properties.put(VanthuModel.PROP_ARRIVAL_NUMBER, (int) index);
        properties.put(VanthuModel.PROP_RECEIVED_ELECTRONICALLY, Boolean.TRUE);
        properties.put(VanthuModel.PROP_SIGNATURE_STATUS, "VALID");
        properties.put(ContentModel.PROP_CONTENT, new ContentData("store://x", "application/pdf", 2048, "UTF-8"));
        NodeFacts facts = reader.read(VanthuModel.TYPE_INCOMING_DOCUMENT, aspects, properties);
        store.apply(StatisticsDelta.between(null, facts));
        return facts;
    }

    /** A dossier moves from status 4 to 9 (settled early). */
    @Benchmark
    public NodeFacts settleDossier() {
        long index = counter++;
        Map<QName, Serializable> before = new HashMap<>();
        before.put(VanthuModel.PROP_DOSSIER_STATUS, "4");
        before.put(VanthuModel.PROP_RECEIVED_AT, day(index));
        before.put(VanthuModel.PROP_APPOINTMENT_AT, day(index + 5));
        before.put(VanthuModel.PROP_CHANNEL, "ONLINE");
        before.put(VanthuModel.PROP_ELECTRONIC, Boolean.TRUE);
        before.put(VanthuModel.PROP_FIELD, "Lĩnh vực " + index % 12);
        before.put(VanthuModel.PROP_HANDLING_UNIT, SyntheticYears.UNITS[(int) (index % 4)]);
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(VanthuModel.PROP_DOSSIER_STATUS, "9");
        after.put(VanthuModel.PROP_FINISHED_AT, day(index + 2));
        after.put(VanthuModel.PROP_TIMELINESS, "EARLY");
        NodeFacts old = reader.read(VanthuModel.TYPE_DOSSIER, aspects, before);
        NodeFacts facts = reader.read(VanthuModel.TYPE_DOSSIER, aspects, after);
        store.apply(StatisticsDelta.between(old, facts));
        return facts;
    }
}
