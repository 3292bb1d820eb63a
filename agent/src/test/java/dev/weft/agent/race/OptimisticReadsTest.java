package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptimisticReadsTest {

    private final OptimisticReads reads = new OptimisticReads();

    @Test
    void aCallOnALockEndsItsOwnOptimisticReadOnly() {
        Object outer = new Object();
        Object inner = new Object();
        reads.began(outer);
        reads.began(inner);
        assertTrue(reads.ended(inner));
        assertTrue(reads.ended(new Object()), "a lock with no optimistic read ends none");
        assertFalse(reads.ended(outer));
        assertFalse(reads.open());
    }

    @Test
    void aLockBegunAgainCountsOnce() {
        Object lock = new Object();
        reads.began(lock);
        reads.began(lock);
        assertFalse(reads.ended(lock));
    }

    @Test
    void moreGivenUpThanItKeepsEndTheOldest() {
        Object oldest = new Object();
        reads.began(oldest);
        Object[] later = new Object[OptimisticReads.MOST];
        for (int i = 0; i < later.length; i++) {
            later[i] = new Object();
            reads.began(later[i]);
        }
        for (Object lock : later) {
            reads.ended(lock);
        }
        assertFalse(reads.open(), "the oldest was ended when the last one began");
    }
}
