package vn.vanthu.signature;

import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import vn.vanthu.signature.pdf.PdfObject;
import vn.vanthu.signature.pdf.PdfParseException;
import vn.vanthu.signature.pdf.PdfRevisions;

/**
 * Reads the document security store (ISO 32000-2 12.8.4.3, ETSI EN 319 142-1 5.4) of a PDF as it
 * stands in the last revision: the {@code /Certs}, {@code /CRLs} and {@code /OCSPs} streams of
 * {@code /Root /DSS}, the keys of its {@code /VRI} dictionary, and the end of the revision that
 * wrote the DSS (a document timestamp signed after that point protects it: PAdES B-LTA). Uses the
 * module's own object reader ({@link PdfRevisions}); bounded: at most {@link ValidationData#MAX_ITEMS}
 * streams of each kind, each at most {@link #MAX_STREAM} bytes decoded.
 */
final class DssReader {

    static final int MAX_STREAM = 1024 * 1024;
    private static final int MAX_VRI = 256;

    /** What the /DSS holds. */
    static final class Dss {
        final ValidationData data = new ValidationData();
        /** End of the revision that defined the DSS dictionary, -1 if unknown. */
        long revisionEnd = -1;
        final Set<String> vriKeys = new HashSet<>();
        /** Why the DSS could not be read entirely, or null. */
        String problem;

        /** True when the /VRI has an entry for the signature whose /Contents bytes are {@code contents}. */
        boolean hasVri(byte[] contents) {
            if (vriKeys.isEmpty() || contents == null) {
                return false;
            }
            int n = contents.length;
            while (n > 0 && contents[n - 1] == 0) {
                n--;
            }
            return vriKeys.contains(sha1(contents, contents.length)) || vriKeys.contains(sha1(contents, n));
        }
    }

    private DssReader() {
    }

    /**
     * The DSS when some signature does not reach the end of the file (a DSS is written in an update
     * after signing), else null without reading anything: the common single-revision-after-signing
     * file pays nothing. A DSS written before or with the first signature is therefore not read.
     */
    static Dss readIfUpdatedAfterSigning(SeekableByteChannel channel, long size, java.util.List<PdfScan.Entry> entries) {
        return updatedAfterSigning(size, entries) ? read(channel, size) : null;
    }

    /** The DSS of the file, or null when it has none or its structure cannot be read as a PDF's. */
    static Dss read(SeekableByteChannel channel, long size) {
        PdfRevisions revs;
        try {
            revs = PdfRevisions.read(channel, size);
        } catch (PdfParseException | RuntimeException e) {
            return null;
        }
        return read(revs);
    }

    /** True when some signature's byte range ends before the end of the file: an update was written after it. */
    static boolean updatedAfterSigning(long size, java.util.List<PdfScan.Entry> entries) {
        for (PdfScan.Entry e : entries) {
            long[] br = e.dictionary == null ? null : e.dictionary.byteRange();
            if (br != null && br[2] + br[3] < size) {
                return true;
            }
        }
        return false;
    }

    /** The DSS from revisions already read (the verifier reads them once for the DSS and the modification analysis). */
    static Dss read(PdfRevisions revs) {
        Dss dss = new Dss();
        try {
            int last = revs.revisionCount() - 1;
            PdfObject.Dict catalog = revs.catalog(last);
            if (catalog == null || catalog.get("DSS") == null) {
                return null;
            }
            PdfObject ref = catalog.get("DSS");
            PdfObject.Dict d = revs.resolve(ref, last) instanceof PdfObject.Dict x ? x : null;
            if (d == null) {
                dss.problem = "/DSS is not a dictionary";
                return dss;
            }
            int defining = ref instanceof PdfObject.Ref r ? revs.definingRevision(r.num(), last)
                    : revs.trailer(last).get("Root") instanceof PdfObject.Ref root ? revs.definingRevision(root.num(), last)
                    : last;
            if (defining >= 0) {
                dss.revisionEnd = revs.revision(defining).end();
            }
            streams(revs, last, d.get("Certs"), dss, 0);
            streams(revs, last, d.get("CRLs"), dss, 1);
            streams(revs, last, d.get("OCSPs"), dss, 2);
            if (revs.resolve(d.get("VRI"), last) instanceof PdfObject.Dict vri) {
                for (String k : vri.entries().keySet()) {
                    if (dss.vriKeys.size() < MAX_VRI) {
                        dss.vriKeys.add(k.toUpperCase(Locale.ROOT));
                    }
                }
            }
        } catch (PdfParseException | RuntimeException e) {
            dss.problem = e.getMessage();
        }
        return dss;
    }

    private static void streams(PdfRevisions revs, int rev, PdfObject list, Dss dss, int kind) throws PdfParseException {
        if (!(revs.resolve(list, rev) instanceof PdfObject.Array a)) {
            return;
        }
        int n = 0;
        for (PdfObject item : a.items()) {
            if (++n > ValidationData.MAX_ITEMS) {
                dss.problem = "more than " + ValidationData.MAX_ITEMS + " entries in a /DSS array: the rest is ignored";
                return;
            }
            if (!(revs.resolve(item, rev) instanceof PdfObject.Stream s)) {
                continue;
            }
            byte[] der = revs.decodedStreamData(s, MAX_STREAM);
            switch (kind) {
                case 0 -> dss.data.addCertificateDer(der, ValidationData.Source.DSS);
                case 1 -> dss.data.addCrlDer(der, ValidationData.Source.DSS);
                default -> dss.data.addOcspDer(der, ValidationData.Source.DSS);
            }
        }
    }

    private static String sha1(byte[] b, int n) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(b, 0, n);
            return HexFormat.of().withUpperCase().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
