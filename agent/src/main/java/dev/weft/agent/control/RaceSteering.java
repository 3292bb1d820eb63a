package dev.weft.agent.control;

import dev.weft.report.RaceFinding;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Steers a controlled run toward a {@code race} finding of an earlier report ({@code confirm=REPORT#ID}), in
 * the manner of RaceFuzzer (Sen, PLDI 2008): a thread about to make one of the race's two accesses (its site
 * and kind, on the race's field or array) is held back (chosen only when no other thread can run) until
 * another thread is about to make the other access to the same variable (same object and field, same
 * array and index, or the same static field). Then both stand at the race together, which proves that the
 * two accesses can be simultaneous: the race has {@link #met()}. One of them goes on, the other stays
 * held until the first has made its access (until it reaches its next point), so the order is this
 * steering's: the prediction's own (its earlier access first) or the other one. A thread held while the
 * others took {@code bound} steps is let go, as lock-order steering does: another thread may be spinning
 * until it moves, and the race cannot meet in that run anyway.
 *
 * <p>Pure logic: the caller says what each thread is about to do and applies the holds. Not thread-safe:
 * the caller serialises every call (the controller's lock).
 */
final class RaceSteering {

    /** Applies a hold: thread {@code tid} held back, or let go. */
    interface Holds {
        void holdBack(int tid, boolean held);
    }

    /** The variable a thread is about to access: an object's field, an array's element, or a static field. */
    record Variable(Object owner, int key, boolean element) {
        boolean same(Variable other) {
            return owner == other.owner && key == other.key && element == other.element;
        }
    }

    /**
     * A thread held back at the race: the positions (0: the current access, 1: the earlier one) it stands at,
     * and the model's step when it was held.
     */
    private record Waiting(int positions, Variable variable, long since) { }

    private final RaceFinding race;
    private final boolean earlierFirst;
    private final IntFunction<String> siteNames;
    private final IntFunction<String> fieldNames;
    private final LongSupplier steps;
    private final long bound;
    private final Map<Integer, Integer> positionsBySite = new HashMap<>();
    private final Map<Integer, Waiting> held = new LinkedHashMap<>();
    private int first = -1;
    private int second = -1;
    private long secondSince;
    private boolean met;

    /**
     * @param race         the race to steer toward
     * @param earlierFirst when the two meet, let the thread at the race's earlier access go first (the order
     *                     the race was seen in), else the other one
     * @param siteNames    a site id's name, as in reports ({@code com.example.A.m(A.java:12)})
     * @param fieldNames   a field id's name, as in reports ({@code com.example.A.f})
     * @param steps        the model's step count
     * @param bound        how many steps of the others a held thread waits at most
     */
    RaceSteering(RaceFinding race, boolean earlierFirst, IntFunction<String> siteNames, IntFunction<String> fieldNames,
                 LongSupplier steps, long bound) {
        this.race = race;
        this.earlierFirst = earlierFirst;
        this.siteNames = siteNames;
        this.fieldNames = fieldNames;
        this.steps = steps;
        this.bound = bound;
    }

    /** True once two threads stood at the race's two accesses to the same variable together. */
    boolean met() {
        return met;
    }

    /** Thread {@code tid} is at a scheduling point that is no memory access. */
    void arrived(int tid, Holds holds) {
        letGoHeldTooLong(holds);
        moved(tid, holds);
        holds.holdBack(tid, false);
    }

    /**
     * Thread {@code tid} is about to access {@code variable} at {@code site}.
     *
     * @param write true for a write, false for a read
     */
    void arrived(int tid, int site, boolean write, Variable variable, Holds holds) {
        letGoHeldTooLong(holds);
        moved(tid, holds);
        int positions = met ? 0 : positions(site, write, variable);
        if (positions == 0) {
            holds.holdBack(tid, false);
            return;
        }
        for (Map.Entry<Integer, Waiting> other : held.entrySet()) {
            Waiting waiting = other.getValue();
            if (waiting.variable().same(variable) && meet(positions, waiting.positions())) {
                boolean iAmEarlier = (positions & 2) != 0 && (waiting.positions() & 1) != 0;
                meetWith(tid, other.getKey(), iAmEarlier == earlierFirst, holds);
                return;
            }
        }
        held.put(tid, new Waiting(positions, variable, steps.getAsLong()));
        holds.holdBack(tid, true);
    }

    /** Lets go of the threads held while the others took {@code bound} steps. */
    private void letGoHeldTooLong(Holds holds) {
        long now = steps.getAsLong();
        held.entrySet().removeIf(waiting -> {
            boolean tooLong = now - waiting.getValue().since() >= bound;
            if (tooLong) {
                holds.holdBack(waiting.getKey(), false);
            }
            return tooLong;
        });
        if (second >= 0 && now - secondSince >= bound) {
            holds.holdBack(second, false);
            first = -1;
            second = -1;
        }
    }

    /** Thread {@code tid} reached a new point: it no longer stands where it was held, and may free the second. */
    private void moved(int tid, Holds holds) {
        held.remove(tid);
        if (tid == first) { // the first of the pair made its access: now the second
            first = -1;
            holds.holdBack(second, false);
        }
    }

    private void meetWith(int tid, int other, boolean iGoFirst, Holds holds) {
        met = true;
        first = iGoFirst ? tid : other;
        second = iGoFirst ? other : tid;
        secondSince = steps.getAsLong();
        for (int waiting : held.keySet()) { // the others held at the race are not needed any more
            if (waiting != second) {
                holds.holdBack(waiting, false);
            }
        }
        held.clear();
        holds.holdBack(first, false);
        holds.holdBack(second, true);
    }

    /** True when one thread can take one position and the other thread the other one. */
    private static boolean meet(int mine, int theirs) {
        return (mine & 1) != 0 && (theirs & 2) != 0 || (mine & 2) != 0 && (theirs & 1) != 0;
    }

    /**
     * The race's positions an access can take, as bits: 1 for the current access, 2 for the earlier one
     * (both when they are the same site and kind); 0 for none.
     */
    private int positions(int site, boolean write, Variable variable) {
        int bySite = positionsBySite.computeIfAbsent(site, s -> {
            String name = siteNames.apply(s);
            int bits = 0;
            for (int i = 0; i < 2; i++) {
                if (race.accesses().get(i).site().toString().equals(name)) {
                    bits |= (race.accesses().get(i).op().equals("write") ? 4 : 1) << i; // reads: bits 1, 2; writes: 4, 8
                }
            }
            return bits;
        });
        int positions = write ? bySite >> 2 : bySite & 3;
        return positions != 0 && race.field().equals(nameOf(variable)) ? positions : 0;
    }

    private String nameOf(Variable variable) {
        return variable.element() ? variable.owner().getClass().getTypeName() : fieldNames.apply(variable.key());
    }
}
