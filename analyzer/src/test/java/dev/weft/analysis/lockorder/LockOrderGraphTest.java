package dev.weft.analysis.lockorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.trace.Site;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockOrderGraphTest {

    private final LockOrderGraph graph = new LockOrderGraph();

    /** Thread {@code t} holds {@code outer} and asks for, then takes, {@code inner}; then releases both. */
    private void nest(LockingThread t, long outer, long inner, int site) {
        t.acquired(outer, false, site);
        graph.acquiring(t, inner, false, site + 1);
        t.acquired(inner, false, site + 1);
        t.released(inner, false);
        t.released(outer, false);
    }

    @Test
    void addsNoEdgeWhenTheThreadHoldsNothing() {
        graph.acquiring(graph.newThread(1), 7, false, 10);

        assertEquals(0, graph.edgeCount());
    }

    @Test
    void addsNoEdgeForAReentrantAcquisition() {
        LockingThread t = graph.newThread(1);
        t.acquired(7, false, 10);
        graph.acquiring(t, 7, false, 11);
        t.acquired(7, true, 12);
        graph.acquiring(t, 7, false, 13);

        assertEquals(0, graph.edgeCount());
    }

    @Test
    void addsAnEdgeFromEveryLockHeld() {
        LockingThread t = graph.newThread(1);
        t.acquired(1, false, 10);
        t.acquired(2, true, 11);
        graph.acquiring(t, 3, false, 12);

        assertEquals(2, graph.edgeCount());
        assertEquals(2, graph.witnessCount());
        assertTrue(graph.graph().containsEdge(1L, 3L));
        assertTrue(graph.graph().containsEdge(2L, 3L));
    }

    @Test
    void keepsOneWitnessForTheSameOrderRepeated() {
        LockingThread t = graph.newThread(1);
        for (int i = 0; i < 1000; i++) {
            nest(t, 1, 2, 10);
        }

        assertEquals(1, graph.edgeCount());
        assertEquals(1, graph.witnessCount());
        assertEquals(List.of(), graph.notes());
    }

    @Test
    void keepsAtMostTheWitnessLimitPerEdgeAndSaysSo() {
        LockOrderGraph small = new LockOrderGraph(new LockOrderGraph.Limits(10, 2, 10), LockOrderGraph.StackSource.NONE);
        LockingThread t = small.newThread(1);
        for (int site = 10; site < 20; site++) {
            t.acquired(1, false, site);
            small.acquiring(t, 2, false, 100);
            t.released(1, false);
        }

        assertEquals(2, small.witnessCount());
        assertEquals(List.of("lock-order graph: 1 edge had more distinct witnesses than kept (at most 2 per edge, 10 in all)"),
                small.notes());
    }

    @Test
    void allocatesNothingWhenTheEdgeAndWitnessExist() {
        LockingThread t = graph.newThread(1);
        t.acquired(1, false, 10);
        t.acquired(2, false, 11);
        for (int i = 0; i < 10_000; i++) {
            graph.acquiring(t, 3, false, 12); // warm up
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 1_000_000; i++) {
            graph.acquiring(t, 3, false, 12);
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;

        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated for 1,000,000 known acquisitions");
        assertEquals(2, graph.witnessCount());
    }

    /** Names any lock id as a monitor, and any site as a line of {@code Bank.transfer}. */
    private static final LockOrderDetector.Names ANY = new LockOrderDetector.Names() {
        @Override
        public Resource lock(long lock) {
            return new Resource(lock, Resource.Kind.MONITOR, "java.lang.Object", (int) lock);
        }

        @Override
        public Site site(int site) {
            return LockOrderScript.at(site);
        }

        @Override
        public String threadName(long tid) {
            return "worker-" + tid;
        }
    };

    @Test
    void staysWithinItsLimitsForTenThousandLocksAndAMillionAcquisitions() {
        LockingThread[] threads = new LockingThread[16];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = graph.newThread(i + 1);
        }
        LockOrderGraph.Limits limits = LockOrderGraph.Limits.DEFAULT;

        assertTimeout(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 500_000; i++) { // two acquisitions each
                long outer = (i * 7919L) % 10_000;
                long inner = (outer + 1 + (i * 31L) % 9_999) % 10_000;
                nest(threads[i % threads.length], outer, inner, 10 + i % 5);
            }
            LockOrderDetector.Result result = new LockOrderDetector(ANY).search(graph, List.of());
            assertTrue(result.notes().get(0).startsWith("lock-order graph: stopped adding edges at its limit of 20000"),
                    result.notes().toString());
            assertTrue(result.notes().contains("lock-order search looked for cycles of at most 4 locks; longer ones were not examined"),
                    result.notes().toString());
            assertTrue(result.findings().size() <= LockOrderDetector.DEFAULT_MAX_CYCLES);
        });
        assertEquals(limits.maxEdges(), graph.edgeCount());
        assertTrue(graph.witnessCount() <= limits.maxWitnesses(), graph.witnessCount() + " witnesses");
    }
}
