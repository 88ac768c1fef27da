package vn.vanthu.signature.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * A hand-written PDF writer, independent of PDFBox, so that the reader is not trusted on one
 * writer only: objects, streams, object streams, classic xref tables or xref streams (Flate with a
 * PNG Up predictor), incremental updates with /Prev, and raw bytes anywhere (for hostile files).
 */
public final class RawPdf {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Objects of the section being written: number to {type, field2, field3}. */
    private TreeMap<Integer, long[]> pending = new TreeMap<>();
    private final List<String[]> packed = new ArrayList<>();
    private long lastXref = -1;
    private int size = 1;

    public RawPdf() {
        raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /** Continues an existing file (an incremental update to it); {@code lastXref} is its startxref. */
    public static RawPdf append(byte[] existing, long lastXref, int size) {
        RawPdf w = new RawPdf();
        w.out.reset();
        w.out.writeBytes(existing);
        w.lastXref = lastXref;
        w.size = size;
        return w;
    }

    public RawPdf raw(String latin1) {
        out.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    public RawPdf raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    public long position() {
        return out.size();
    }

    public RawPdf obj(int num, String body) {
        return obj(num, 0, body);
    }

    public RawPdf obj(int num, int gen, String body) {
        pending.put(num, new long[] {1, out.size(), gen});
        size = Math.max(size, num + 1);
        raw(num + " " + gen + " obj\n" + body + "\nendobj\n");
        return this;
    }

    /** A stream object; {@code dictEntries} without Length, which is added. */
    public RawPdf stream(int num, String dictEntries, byte[] data) {
        pending.put(num, new long[] {1, out.size(), 0});
        size = Math.max(size, num + 1);
        raw(num + " 0 obj\n<< " + dictEntries + " /Length " + data.length + " >>\nstream\n");
        raw(data);
        raw("\nendstream\nendobj\n");
        return this;
    }

    /** An object to be placed in the next object stream ({@link #objStm}). */
    public RawPdf packed(int num, String body) {
        packed.add(new String[] {Integer.toString(num), body});
        size = Math.max(size, num + 1);
        return this;
    }

    /** Writes the objects given to {@link #packed} into object stream {@code num}, Flate-compressed. */
    public RawPdf objStm(int num) {
        StringBuilder header = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < packed.size(); i++) {
            header.append(packed.get(i)[0]).append(' ').append(body.length()).append(' ');
            body.append(packed.get(i)[1]).append('\n');
            pending.put(Integer.parseInt(packed.get(i)[0]), new long[] {2, num, i});
        }
        byte[] data = (header + body.toString()).getBytes(StandardCharsets.ISO_8859_1);
        stream(num, "/Type /ObjStm /N " + packed.size() + " /First " + header.length() + " /Filter /FlateDecode",
                deflate(data));
        packed.clear();
        return this;
    }

    public RawPdf free(int num) {
        pending.put(num, new long[] {0, 0, 1});
        return this;
    }

    /** Ends a revision with a classic xref table and trailer; returns the xref offset. */
    public long classicXref(String trailerEntries) {
        long at = out.size();
        StringBuilder sb = new StringBuilder("xref\n");
        if (lastXref < 0) {
            pending.putIfAbsent(0, new long[] {0, 0, 65535});
        }
        List<List<Integer>> runs = runs();
        for (List<Integer> run : runs) {
            sb.append(run.get(0)).append(' ').append(run.size()).append('\n');
            for (int n : run) {
                long[] e = pending.get(n);
                if (e[0] == 2) {
                    throw new IllegalStateException("compressed objects need an xref stream");
                }
                sb.append(String.format("%010d %05d %s\r\n", e[1], e[2], e[0] == 1 ? "n" : "f"));
            }
        }
        sb.append("trailer\n<< /Size ").append(size).append(' ').append(trailerEntries);
        if (lastXref >= 0) {
            sb.append(" /Prev ").append(lastXref);
        }
        sb.append(" >>\nstartxref\n").append(at).append("\n%%EOF\n");
        raw(sb.toString());
        pending = new TreeMap<>();
        lastXref = at;
        return at;
    }

    /** Ends a revision with an xref stream (object {@code num}, /W [1 4 2], PNG Up predictor). */
    public long xrefStream(int num, String trailerEntries) {
        long at = out.size();
        pending.put(num, new long[] {1, at, 0});
        size = Math.max(size, num + 1);
        if (lastXref < 0) {
            pending.putIfAbsent(0, new long[] {0, 0, 65535});
        }
        List<List<Integer>> runs = runs();
        StringBuilder index = new StringBuilder();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        byte[] prev = new byte[7];
        for (List<Integer> run : runs) {
            index.append(run.get(0)).append(' ').append(run.size()).append(' ');
            for (int n : run) {
                long[] e = pending.get(n);
                byte[] row = {(byte) e[0], (byte) (e[1] >> 24), (byte) (e[1] >> 16), (byte) (e[1] >> 8), (byte) e[1],
                        (byte) (e[2] >> 8), (byte) e[2]};
                rows.write(2); // PNG Up
                for (int i = 0; i < 7; i++) {
                    rows.write((row[i] - prev[i]) & 0xFF);
                }
                prev = row;
            }
        }
        byte[] data = deflate(rows.toByteArray());
        raw(num + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Index [" + index.toString().trim() + "] "
                + trailerEntries + (lastXref >= 0 ? " /Prev " + lastXref : "")
                + " /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length " + data.length
                + " >>\nstream\n");
        raw(data);
        raw("\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n");
        pending = new TreeMap<>();
        lastXref = at;
        return at;
    }

    private List<List<Integer>> runs() {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = null;
        int last = -2;
        for (int n : pending.keySet()) {
            if (n != last + 1) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(n);
            last = n;
        }
        return runs;
    }

    public long lastXref() {
        return lastXref;
    }

    public int size() {
        return size;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    public static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            o.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return o.toByteArray();
    }

    /** A minimal one-page document's objects 1-4 (catalog, pages, page, content). */
    public static RawPdf onePage(String text) {
        RawPdf w = new RawPdf();
        w.obj(1, "<< /Type /Catalog /Pages 2 0 R >>");
        w.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        w.obj(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>");
        w.stream(4, "", ("BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
        return w;
    }
}
