package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitePairsTest {

    private final SitePairs pairs = new SitePairs();

    @Test
    void aPairIsAddedOnceInEitherOrder() {
        assertTrue(pairs.add(3, 7));
        assertFalse(pairs.add(7, 3));
        assertTrue(pairs.contains(7, 3));
        assertFalse(pairs.contains(3, 3));
        assertTrue(pairs.add(0, 0));
    }

    @Test
    void keepsEveryPairWhenItGrows() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(pairs.add(i, i + 1));
        }
        for (int i = 0; i < 1000; i++) {
            assertTrue(pairs.contains(i + 1, i));
        }
        assertFalse(pairs.contains(1000, 1002));
    }
}
