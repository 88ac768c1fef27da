package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.Optional;

import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.numbering.NumberStore;
import vn.vanthu.numbering.SeriesKey;

/**
 * Document numbers kept in the repository's attribute table (AttributeService).
 *
 * <p>Why attributes and not a counter node: every used number is one attribute row with the
 * keys ("vanthu.numbering.used", "incoming/2023", 15). The database's unique index on those keys
 * is what makes a number unique, across threads and across cluster nodes sharing the database:
 * when two transactions try to create the same row, the second waits for the first and then
 * gets {@link DuplicateAttributeException} (the repository rolls back to a savepoint, so the
 * caller's transaction goes on) and simply tries the next number. A counter node would serialise
 * all registrations on one node's version and make every concurrent upload fail and retry;
 * here they only queue for the few milliseconds of one row. The same rows record numbers typed by
 * hand, so a used number is refused whether it was allocated or typed, and automatic numbers go
 * round it. The rows are written in the caller's transaction: a registration that rolls back
 * frees its number again.
 *
 * <p>The row ("vanthu.numbering.last", "incoming/2023") only remembers where to start looking;
 * losing an update to it costs a few extra probes, never a duplicate.
 *
 * <p>Duplicate keys of incoming documents are rows ("vanthu.duplicates", key) whose value is the
 * first document's node reference, so the behaviour that flags duplicates never needs the
 * (eventually consistent) search index.
 */
public class AttributeNumberStore implements NumberStore {

    static final String USED = "vanthu.numbering.used";
    static final String LAST = "vanthu.numbering.last";
    static final String DUPLICATES = "vanthu.duplicates";

    private static final Logger LOG = LoggerFactory.getLogger(AttributeNumberStore.class);

    private AttributeService attributeService;

    public void setAttributeService(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    @Override
    public int allocate(SeriesKey key) {
        String series = key.toString();
        Serializable last = attributeService.getAttribute(LAST, series);
        int number = last instanceof Integer n ? n + 1 : 1;
        while (!claim(series, number)) {
            number++;
        }
        try {
            attributeService.setAttribute(number, LAST, series);
        } catch (RuntimeException e) {
            // Two first-of-the-year registrations racing to create the hint: the number is safe.
            LOG.debug("Start hint of {} not updated: {}", series, e.toString());
        }
        return number;
    }

    @Override
    public boolean reserve(SeriesKey key, int number) {
        return claim(key.toString(), number);
    }

    private boolean claim(String series, int number) {
        try {
            attributeService.createAttribute(null, USED, series, number);
            return true;
        } catch (DuplicateAttributeException e) {
            return false;
        }
    }

    @Override
    public Optional<String> registerDuplicateKey(String duplicateKey, String ref) {
        try {
            attributeService.createAttribute(ref, DUPLICATES, duplicateKey);
            return Optional.empty();
        } catch (DuplicateAttributeException e) {
            Serializable earlier = attributeService.getAttribute(DUPLICATES, duplicateKey);
            return earlier == null || ref.equals(earlier) ? Optional.empty() : Optional.of(earlier.toString());
        }
    }

    @Override
    public void replaceDuplicateKeyHolder(String duplicateKey, String ref) {
        attributeService.setAttribute(ref, DUPLICATES, duplicateKey);
    }
}
