package vn.vanthu.report;

import java.util.Map;

/**
 * What one node contributes to the statistics: every bucket it counts in, with the amount
 * (always +1 per bucket for a single node). Two nodes with equal facts contribute equally.
 */
public sealed interface NodeFacts permits DocumentFacts, DossierFacts, FeedbackFacts {

    /** The buckets this node counts in and by how much. */
    Map<Bucket, Long> contributions();
}
