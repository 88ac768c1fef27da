package vn.vanthu.signature.pdf;

import java.util.Arrays;

/**
 * One cross-reference section (a classic table with its trailer, or an xref stream), kept as
 * primitive arrays sorted by object number: a few bytes per object, so that even a large file's
 * xref costs little memory.
 */
final class XrefSection {

    static final int MAX_ENTRIES = 1 << 20;

    final long offset;
    final boolean stream;
    PdfObject.Dict trailer;
    /** Where the section (trailer dictionary, or the stream's endobj) ends. */
    long end;
    /** Offset just past the "%%EOF" that follows this section (and its end-of-line), or -1. */
    long eofEnd = -1;
    /** Offset just past the "%%EOF" itself, or -1. */
    long eofMarker = -1;
    /** The value of the startxref that follows, or -1. */
    long startxref = -1;

    private int count;
    private int[] nums = new int[16];
    private byte[] types = new byte[16];
    private long[] field2 = new long[16];
    private int[] field3 = new int[16];
    private boolean sorted = true;

    XrefSection(long offset, boolean stream, PdfObject.Dict trailer) {
        this.offset = offset;
        this.stream = stream;
        this.trailer = trailer;
    }

    void add(int num, int type, long f2, int f3) throws PdfParseException {
        if (count >= MAX_ENTRIES) {
            throw new PdfParseException("cross-reference section at byte " + offset + " has more than " + MAX_ENTRIES
                    + " entries");
        }
        if (count == nums.length) {
            int n = count * 2;
            nums = Arrays.copyOf(nums, n);
            types = Arrays.copyOf(types, n);
            field2 = Arrays.copyOf(field2, n);
            field3 = Arrays.copyOf(field3, n);
        }
        if (count > 0 && num <= nums[count - 1]) {
            sorted = false;
        }
        nums[count] = num;
        types[count] = (byte) type;
        field2[count] = f2;
        field3[count] = f3;
        count++;
    }

    /** Sorts by object number; of duplicates the last one added wins (a later subsection). */
    void seal() {
        if (sorted) {
            return;
        }
        Integer[] idx = new Integer[count];
        for (int i = 0; i < count; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> nums[a] != nums[b] ? Integer.compare(nums[a], nums[b]) : Integer.compare(b, a));
        int[] n2 = new int[count];
        byte[] t2 = new byte[count];
        long[] f22 = new long[count];
        int[] f32 = new int[count];
        int k = 0;
        for (int i = 0; i < count; i++) {
            int j = idx[i];
            if (k > 0 && n2[k - 1] == nums[j]) {
                continue;
            }
            n2[k] = nums[j];
            t2[k] = types[j];
            f22[k] = field2[j];
            f32[k] = field3[j];
            k++;
        }
        nums = n2;
        types = t2;
        field2 = f22;
        field3 = f32;
        count = k;
        sorted = true;
    }

    /** Adds the entries of {@code other} that this section does not have (a hybrid file's /XRefStm). */
    void mergeUnder(XrefSection other) throws PdfParseException {
        for (int i = 0; i < other.count; i++) {
            int j = find(other.nums[i]);
            if (j < 0 || types[j] == 0) {
                add(other.nums[i], other.types[i], other.field2[i], other.field3[i]);
            }
        }
        sorted = false;
        seal();
    }

    int size() {
        return count;
    }

    /** Index of {@code num}'s entry, or -1. */
    int find(int num) {
        return Arrays.binarySearch(nums, 0, count, num);
    }

    PdfRevisions.XrefEntry entry(int i) {
        return new PdfRevisions.XrefEntry(nums[i], types[i], field2[i], field3[i]);
    }

    int num(int i) {
        return nums[i];
    }

    int type(int i) {
        return types[i];
    }

    long field2(int i) {
        return field2[i];
    }

    int field3(int i) {
        return field3[i];
    }
}
