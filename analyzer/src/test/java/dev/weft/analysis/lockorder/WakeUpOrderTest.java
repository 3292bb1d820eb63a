package dev.weft.analysis.lockorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.report.LockOrderFinding;
import dev.weft.trace.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader waits in a board's wait set and, woken, takes the subscribers' lock holding the board; a poster holds the
 * subscribers' lock while it takes the board, posts and signals. Both orders of the two locks, a deadlock only when
 * the reader can go on without the poster's signal.
 */
class WakeUpOrderTest {

    private static final long BOARD = 1;
    private static final long SUBSCRIBERS = 2;
    private static final long READER = 11;
    private static final long POSTER = 12;
    private static final long OTHER_POSTER = 13;
    /** The reader's cycle edge (board, line 20, then subscribers, line 21) and the poster's (lines 30, 31). */
    private static final List<String> CYCLE = List.of("poster 30->31", "reader 20->21");

    private final LockOrderGraph graph = new LockOrderGraph();
    private final WaitSet board = new WaitSet();
    private final LockingThread reader = graph.newThread(READER);
    private final LockingThread poster = graph.newThread(POSTER);
    private long boardHolds; // the board's holds, numbered as the agent numbers a lock's exclusive acquisitions

    private void takeBoard(LockingThread t, int site) {
        graph.acquiring(t, BOARD, false, site);
        t.acquired(BOARD, false, site);
        boardHolds++;
    }

    /** The reader takes the board and waits in it; the board is let go. */
    private void readerWaits(boolean timed) {
        takeBoard(reader, 20);
        graph.waiting(reader, board, boardHolds, timed);
        reader.released(BOARD, false);
    }

    /** The reader's wait returned (normally, when {@code normally}): it holds the board again and takes the subscribers. */
    private void readerWokenTakesSubscribers(boolean normally) {
        reader.acquired(BOARD, false, 20);
        boardHolds++;
        if (normally) {
            graph.woken(reader);
        }
        graph.acquiring(reader, SUBSCRIBERS, false, 21);
        reader.acquired(SUBSCRIBERS, false, 21);
        reader.released(SUBSCRIBERS, false);
        reader.released(BOARD, false);
    }

    /** {@code t} holds the subscribers while it takes the board and posts, signalling when {@code signals}. */
    private void posts(LockingThread t, boolean signals) {
        t.acquired(SUBSCRIBERS, false, 30);
        takeBoard(t, 31);
        if (signals) {
            graph.signalling(t, board, boardHolds);
        }
        t.released(BOARD, false);
        t.released(SUBSCRIBERS, false);
    }

    private List<List<String>> cycles() {
        return new LockOrderDetector(NAMES).find(graph).stream().map(WakeUpOrderTest::edges).toList();
    }

    private static List<String> edges(LockOrderFinding finding) {
        return finding.edges().stream()
                .map(e -> e.thread() + " " + e.fromSite().line() + "->" + e.toSite().line()).sorted().toList();
    }

    @Test
    void aReaderWokenByTheOnlySignallerInTheNextHoldComesAfterIt() {
        readerWaits(false);
        posts(poster, true);
        readerWokenTakesSubscribers(true);

        assertEquals(List.of(), cycles());
        assertTrue(graph.wakeUpsOrder());
    }

    @Test
    void aTimedWaitOrdersNothing() { // it may end without the signal, and the reader go on
        readerWaits(true);
        posts(poster, true);
        readerWokenTakesSubscribers(true);

        assertEquals(List.of(CYCLE), cycles());
    }

    @Test
    void aWaitEndedByAnExceptionOrdersNothing() { // an interrupt may come before the signal
        readerWaits(false);
        posts(poster, true);
        readerWokenTakesSubscribers(false);

        assertEquals(List.of(CYCLE), cycles());
    }

    @Test
    void aHoldBetweenTheWaitAndTheSignalOrdersNothing() {
        readerWaits(false);
        poster.acquired(BOARD, false, 40); // it may make the reader's state true here, the signal coming later
        boardHolds++;
        poster.released(BOARD, false);
        posts(poster, true);
        readerWokenTakesSubscribers(true);

        assertEquals(List.of(CYCLE), cycles());
    }

    @Test
    void aSecondSignallerAfterTheWakeUpTurnsWakeUpOrdersOff() { // the reader may be woken by it instead
        readerWaits(false);
        posts(poster, true);
        readerWokenTakesSubscribers(true);
        LockingThread other = graph.newThread(OTHER_POSTER);
        takeBoard(other, 50);
        graph.signalling(other, board, boardHolds);
        other.released(BOARD, false);

        assertFalse(graph.wakeUpsOrder());
        assertEquals(List.of(CYCLE), cycles());
    }

    @Test
    void aSecondSignallerBeforeTheWakeUpOrdersNothing() {
        LockingThread other = graph.newThread(OTHER_POSTER);
        takeBoard(other, 50);
        graph.signalling(other, board, boardHolds);
        other.released(BOARD, false);
        readerWaits(false);
        posts(poster, true);
        readerWokenTakesSubscribers(true);

        assertEquals(List.of(CYCLE), cycles());
    }

    @Test
    void theSignallersInversionAfterItsSignalIsStillPredicted() {
        readerWaits(false);
        posts(poster, true);
        readerWokenTakesSubscribers(true);
        posts(poster, false);

        assertEquals(List.of(CYCLE), cycles());
    }

    @Test
    void anotherPostersInversionIsStillPredicted() { // it signals nothing, and its order is not the signaller's
        readerWaits(false);
        posts(poster, true);
        readerWokenTakesSubscribers(true);
        posts(graph.newThread(OTHER_POSTER), false);

        assertEquals(List.of(List.of("other 30->31", "reader 20->21")), cycles());
    }

    /** The reader takes the board, then the subscribers, and waits in the board's set keeping the subscribers. */
    private void readerWaitsHoldingTheSubscribers() {
        takeBoard(reader, 20);
        graph.acquiring(reader, SUBSCRIBERS, false, 21);
        reader.acquired(SUBSCRIBERS, false, 21);
        graph.waiting(reader, board, boardHolds, false);
        reader.released(BOARD, false);
    }

    @Test
    void takingTheLockBackAfterAWaitHoldingAnotherIsAnEdge() { // the re-acquire is the cycle's only inverted edge
        readerWaitsHoldingTheSubscribers();
        poster.acquired(BOARD, false, 30);
        boardHolds++;
        graph.signalling(poster, board, boardHolds);
        graph.acquiring(poster, SUBSCRIBERS, false, 31);
        graph.reacquiring(reader, BOARD, 22);

        assertEquals(List.of(List.of("poster 30->31", "reader 21->22")), cycles());
    }

    @Test
    void takingTheLockBackInTheOrderItWasTakenIsNoCycle() {
        reader.acquired(SUBSCRIBERS, false, 19); // the subscribers, then the board, as the re-acquire takes them
        takeBoard(reader, 20);
        graph.waiting(reader, board, boardHolds, false);
        reader.released(BOARD, false);
        takeBoard(poster, 31);
        graph.signalling(poster, board, boardHolds);
        poster.released(BOARD, false);
        graph.reacquiring(reader, BOARD, 22);

        assertEquals(1, graph.edgeCount());
        assertEquals(List.of(), cycles());
    }

    /** Names the threads reader, poster and other, any lock a monitor, any site a line of {@code Bank.transfer}. */
    private static final LockOrderDetector.Names NAMES = new LockOrderDetector.Names() {
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
            return tid == READER ? "reader" : tid == POSTER ? "poster" : "other";
        }
    };

    // order22: a reader that finds the post and never waits (AlertFeedAwaitReleases in turn).

    /** The reader takes the board and, without waiting, the subscribers. */
    private void readerTakesBoardThenSubscribers() {
        takeBoard(reader, 20);
        graph.acquiring(reader, SUBSCRIBERS, false, 21);
        reader.acquired(SUBSCRIBERS, false, 21);
        reader.released(SUBSCRIBERS, false);
        reader.released(BOARD, false);
    }

    @Test
    void aReaderThatNeverWaitedIsNotOrderedByASignalNobodyWaitedFor() {
        posts(poster, true); // nobody in the wait set: the signal wakes no one
        readerTakesBoardThenSubscribers(); // found the post: no wait, so no wake-up

        // The same events as those of a reader with no wait in its code at all, which can deadlock with the poster:
        // nothing in them tells the two apart, so the cycle stays predicted.
        assertEquals(List.of(CYCLE), cycles());
    }
}
