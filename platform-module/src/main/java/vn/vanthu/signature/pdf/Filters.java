package vn.vanthu.signature.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Stream filters the reader needs: FlateDecode (java.util.zip) with PNG and TIFF-free predictors. */
final class Filters {

    private Filters() {
    }

    /** Decodes {@code raw} through the stream's /Filter chain, giving at most {@code max} bytes. */
    static byte[] decode(PdfObject.Dict dict, byte[] raw, int max) throws PdfParseException {
        PdfObject f = dict.get("Filter");
        PdfObject p = dict.get("DecodeParms");
        List<PdfObject> filters = f == null ? List.of() : f instanceof PdfObject.Array a ? a.items() : List.of(f);
        List<PdfObject> parms = p instanceof PdfObject.Array a ? a.items() : p == null ? List.of() : List.of(p);
        byte[] data = raw;
        for (int i = 0; i < filters.size(); i++) {
            if (!(filters.get(i) instanceof PdfObject.Name n)) {
                throw new PdfParseException("a stream filter is not a name");
            }
            PdfObject.Dict parm = i < parms.size() && parms.get(i) instanceof PdfObject.Dict d ? d : null;
            switch (n.value()) {
                case "FlateDecode", "Fl" -> data = predict(inflate(data, max), parm);
                default -> throw new PdfParseException("unsupported stream filter /" + n.value());
            }
        }
        return data;
    }

    static byte[] inflate(byte[] in, int max) throws PdfParseException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(in);
            byte[] out = new byte[(int) Math.min(max + 1L, Math.max(64L, in.length * 4L))];
            int n = 0;
            while (!inf.finished()) {
                if (n == out.length) {
                    if (out.length > max) {
                        throw new PdfParseException("a compressed stream decodes to more than " + max + " bytes");
                    }
                    out = Arrays.copyOf(out, (int) Math.min(max + 1L, out.length * 2L));
                }
                int k = inf.inflate(out, n, out.length - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break; // truncated data: keep what was decoded, as readers do
                }
                n += k;
            }
            if (n > max) {
                throw new PdfParseException("a compressed stream decodes to more than " + max + " bytes");
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (DataFormatException e) {
            throw new PdfParseException("broken FlateDecode data: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }

    /** Undoes a PNG predictor (/Predictor 10-15, the one xref streams use); /Predictor 1 is none. */
    static byte[] predict(byte[] data, PdfObject.Dict parm) throws PdfParseException {
        long predictor = parm == null ? 1 : parm.integer("Predictor", 1);
        if (predictor == 1) {
            return data;
        }
        if (predictor < 10 || predictor > 15) {
            throw new PdfParseException("unsupported predictor " + predictor);
        }
        long colors = parm.integer("Colors", 1);
        long bpc = parm.integer("BitsPerComponent", 8);
        long columns = parm.integer("Columns", 1);
        if (colors < 1 || colors > 32 || (bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 && bpc != 16) || columns < 1
                || columns > 1 << 20) {
            throw new PdfParseException("bad predictor parameters");
        }
        int bpp = (int) Math.max(1, (colors * bpc + 7) / 8);
        int rowLen = (int) ((colors * bpc * columns + 7) / 8);
        int rows = data.length / (rowLen + 1);
        byte[] out = new byte[rows * rowLen];
        byte[] prev = new byte[rowLen];
        byte[] row = new byte[rowLen];
        for (int r = 0; r < rows; r++) {
            int in = r * (rowLen + 1);
            int type = data[in] & 0xFF;
            System.arraycopy(data, in + 1, row, 0, rowLen);
            for (int i = 0; i < rowLen; i++) {
                int left = i >= bpp ? row[i - bpp] & 0xFF : 0;
                int up = prev[i] & 0xFF;
                int upLeft = i >= bpp ? prev[i - bpp] & 0xFF : 0;
                int x = row[i] & 0xFF;
                switch (type) {
                    case 0 -> {
                    }
                    case 1 -> x += left;
                    case 2 -> x += up;
                    case 3 -> x += (left + up) / 2;
                    case 4 -> x += paeth(left, up, upLeft);
                    default -> throw new PdfParseException("bad PNG predictor row type " + type);
                }
                row[i] = (byte) x;
            }
            System.arraycopy(row, 0, out, r * rowLen, rowLen);
            byte[] t = prev;
            prev = row;
            row = t;
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
