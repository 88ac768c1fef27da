package vn.vanthu.repo.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.alfresco.service.transaction.TransactionService;
import vn.vanthu.dossier.DossierSequence;

/**
 * Per-agency, per-day dossier counters kept in the repository's attribute table
 * (keys "vanthu.dossier.sequence", agency, yyMMdd).
 *
 * <p>Each number is taken in its own short transaction (requires-new, retried by the
 * RetryingTransactionHelper): the attribute row carries a version, so two nodes or threads that
 * read the same value cannot both write the next one — the second update affects no row, raises a
 * concurrency failure and is retried with the new value. The first number of a day is created
 * with a unique key; a creator that loses that race reads the winner's value instead. A number
 * taken by a dossier whose creation is then rolled back is not reused (codes may have gaps, never
 * duplicates).
 */
public class AttributeDossierSequence implements DossierSequence {

    static final String KEY = "vanthu.dossier.sequence";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private AttributeService attributeService;
    private TransactionService transactionService;
    /** First key of the counters; the feedback tracking codes use their own (vanthu.feedback.sequence). */
    private String key = KEY;

    @Override
    public int next(String agencyId, LocalDate day) {
        String dayKey = DAY.format(day);
        RetryingTransactionHelper helper = transactionService.getRetryingTransactionHelper();
        // As system: the counter is the module's, not the user's (the public AttributeService may be secured).
        return AuthenticationUtil.runAsSystem(() -> helper.doInTransaction(() -> increment(agencyId, dayKey), false, true));
    }

    private int increment(String agencyId, String dayKey) {
        Serializable current = attributeService.getAttribute(key, agencyId, dayKey);
        if (current == null) {
            try {
                attributeService.createAttribute(1, key, agencyId, dayKey);
                return 1;
            } catch (DuplicateAttributeException e) {
                current = attributeService.getAttribute(key, agencyId, dayKey);
                if (current == null) {
                    throw new IllegalStateException("Dossier counter of " + agencyId + "/" + dayKey + " vanished / Bộ đếm hồ sơ bị mất", e);
                }
            }
        }
        int next = ((Number) current).intValue() + 1;
        attributeService.setAttribute(next, key, agencyId, dayKey);
        return next;
    }

    public void setAttributeService(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }
}
