package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which predictions of a search's iterations are queued for steering, and in what order. */
class PredictedCyclesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> findings(String json) throws Exception {
        List<JsonNode> findings = new ArrayList<>();
        JSON.readTree(json).forEach(findings::add);
        return findings;
    }

    @Test
    void queuesEachUnconfirmedLockOrderCycleOnceInTheOrderTheyWerePredicted() throws Exception {
        PredictedCycles cycles = new PredictedCycles();
        Path first = Path.of("iteration-1.predictions.json");
        Path second = Path.of("iteration-2.predictions.json");
        assertEquals(2, cycles.add(findings("[{\"kind\":\"lock-order\",\"id\":\"lock-order:a\"},"
                + "{\"kind\":\"race\",\"id\":\"race:r\"},"
                + "{\"kind\":\"lock-order\",\"id\":\"lock-order:b\"}]"), first, 1));
        assertEquals(1, cycles.add(findings("[{\"kind\":\"lock-order\",\"id\":\"lock-order:b\"},"
                + "{\"kind\":\"lock-order\",\"id\":\"lock-order:c\"}]"), second, 2));

        PredictedCycles.Prediction a = cycles.next();
        assertEquals("lock-order:a", a.id());
        assertEquals(1, a.iteration());
        assertEquals(first.toAbsolutePath() + "#lock-order:a", a.confirmOption());
        assertEquals("lock-order:b", cycles.next().id());
        PredictedCycles.Prediction c = cycles.next();
        assertEquals("lock-order:c", c.id());
        assertEquals(second, c.report());
        assertNull(cycles.next());
        assertEquals(Set.of(first, second), cycles.reports());
    }

    @Test
    void aCycleSteeredTowardOnceIsNotQueuedAgain() throws Exception {
        PredictedCycles cycles = new PredictedCycles();
        List<JsonNode> prediction = findings("[{\"kind\":\"lock-order\",\"id\":\"lock-order:a\"}]");
        cycles.add(prediction, Path.of("iteration-1.predictions.json"), 1);
        cycles.next();
        assertEquals(0, cycles.add(prediction, Path.of("iteration-3.predictions.json"), 3));
        assertNull(cycles.next());
        assertEquals(Set.of(Path.of("iteration-1.predictions.json")), cycles.reports(), "a report with nothing new need not be kept");
    }

    @Test
    void leavesOutConfirmedPredictionsAndFindingsThatHappened() throws Exception {
        PredictedCycles cycles = new PredictedCycles();
        assertEquals(0, cycles.add(findings("[{\"kind\":\"lock-order\",\"id\":\"lock-order:a\",\"confirmed\":true},"
                + "{\"kind\":\"deadlock\",\"id\":\"deadlock:d\"},{\"kind\":\"lock-order\"}]"), Path.of("r.json"), 1));
        assertNull(cycles.next());
        assertEquals(Set.of(), cycles.reports());
    }
}
