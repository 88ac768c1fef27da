package vn.vanthu.numbering;

import java.util.Optional;

/**
 * Where the numbers of each series and year live. Implementations must be atomic across
 * threads, and the repository implementation across cluster nodes: two callers never get the
 * same number and no number is skipped by an automatic allocation.
 */
public interface NumberStore {

    /** The next unused number of the series and year (1 for the first), recorded as used. */
    int allocate(SeriesKey key);

    /** Records a number chosen by hand; false (and nothing recorded) when it is already used. */
    boolean reserve(SeriesKey key, int number);

    /**
     * Records that {@code ref} (a node reference, a file name) has the duplicate key; returns the
     * reference recorded earlier under the same key, if any. The first holder stays recorded.
     */
    Optional<String> registerDuplicateKey(String duplicateKey, String ref);

    /** Makes {@code ref} the holder of the key (the earlier holder was deleted). */
    void replaceDuplicateKeyHolder(String duplicateKey, String ref);
}
