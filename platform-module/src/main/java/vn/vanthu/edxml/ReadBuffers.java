package vn.vanthu.edxml;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;

/**
 * The large arrays one read of a package works in (about 690 KiB: the input bytes, the guard's
 * characters and markup, the base64 stage, decoded block and group output, the sink buffer) and
 * its parser factory, lent to one read at a time and given back for the next. Allocating and zeroing them for every
 * package cost as much as parsing a small package's XML (0.05 of 0.15 ms). Nothing read from one
 * package is visible to the next: each user writes before it reads, within what it wrote.
 */
final class ReadBuffers {

    final byte[] input = new byte[XmlInput.Source.SIZE];
    final char[] chars = new char[XmlInput.Guard.CHARS];
    final StringBuilder markup = new StringBuilder(XmlInput.Guard.CHARS * 2);
    final byte[] stage = new byte[Base64Decoder.STAGE];
    final byte[] block = new byte[Base64Decoder.BLOCK];
    final byte[] groups = new byte[Base64Decoder.GROUPS];
    final byte[] sink = new byte[EdxmlReader.SINK_BUFFER];
    /** The parser factory of the reads using this set (one at a time: it may reuse its parser). */
    final XMLInputFactory factory;

    ReadBuffers(XMLInputFactory factory) {
        this.factory = factory;
    }

    /**
     * The sets idle between reads: at most {@link #KEPT} (a reader serving more reads at once
     * allocates the extra sets and lets them go), so a reader holds at most about 2.8 MiB.
     */
    static final class Pool {
        static final int KEPT = 4;
        private final AtomicReferenceArray<ReadBuffers> idle = new AtomicReferenceArray<>(KEPT);
        private final Supplier<XMLInputFactory> factories;

        /** Sets whose reads parse with a factory from {@code factories}. */
        Pool(Supplier<XMLInputFactory> factories) {
            this.factories = factories;
        }

        ReadBuffers take() {
            for (int i = 0; i < KEPT; i++) {
                ReadBuffers b = idle.getAndSet(i, null);
                if (b != null) {
                    return b;
                }
            }
            return new ReadBuffers(factories.get());
        }

        void give(ReadBuffers b) {
            for (int i = 0; i < KEPT; i++) {
                if (idle.compareAndSet(i, null, b)) {
                    return;
                }
            }
        }

        /** Sets idle now (tests). */
        int idleCount() {
            int n = 0;
            for (int i = 0; i < KEPT; i++) {
                if (idle.get(i) != null) {
                    n++;
                }
            }
            return n;
        }
    }
}
