package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code weft explore --strategy}: one strategy, {@code alternate}, or several taking turns. */
class ExploreStrategyTest {

    private static List<String> firstSix(String value) {
        ExploreCommand.Strategy strategy = ExploreCommand.Strategy.of(value);
        return IntStream.rangeClosed(1, 6).mapToObj(strategy::of).toList();
    }

    @Test
    void strategiesTakeTurnsInTheOrderGiven() {
        assertEquals(List.of("random", "pct", "random", "pct", "random", "pct"), firstSix("alternate"));
        assertEquals(List.of("random", "pct", "pos", "random", "pct", "pos"), firstSix("random,pct,pos"));
        assertEquals(List.of("pct-new-sites", "pct-new-sites", "pct-new-sites", "pct-new-sites", "pct-new-sites",
                "pct-new-sites"), firstSix("pct-new-sites"));
        assertEquals("alternate", ExploreCommand.Strategy.of("random,pct").toString());
    }

    @Test
    void anUnknownOrEmptyTurnIsRefusedNamingTheValidOnes() {
        for (String bad : List.of("dfs", "random,", "round-robin", "random,,pct")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExploreCommand.Strategy.of(bad));
            assertTrue(e.getMessage().contains("valid: alternate, random, pct, pct-new-sites, pos, surw, surw-conflicts"), e.getMessage());
        }
    }
}
