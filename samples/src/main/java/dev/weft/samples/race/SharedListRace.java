package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit trail: two request handlers append audit events to one {@code ArrayList}, with no lock.
 *
 * <p>{@code handler-1} and {@code handler-2} pass a start gate together and each records 1,000 events.
 * {@code ArrayList.add} reads the list's size, stores the element and writes the size back: two adds at
 * once lose an event, or throw {@code ArrayIndexOutOfBoundsException} while the list grows. The fields they
 * race on are the JDK's own; weft checks each call on a JDK collection as a read or a write of the
 * collection's contents.
 *
 * <p><b>What weft reports</b>: a race on the contents of the {@code java.util.ArrayList} held in
 * {@code AuditTrail.events} between {@code handler-1} and {@code handler-2}, both at the {@code add} in
 * {@code record}.
 *
 * <p><b>The fix</b>: {@link SharedListSynchronized} records through {@code Collections.synchronizedList}.
 */
@Sample(
        shows = "Two threads add to one ArrayList with no lock: a data race on the contents of a JDK collection.",
        expect = "race",
        field = "dev.weft.samples.race.SharedListRace$AuditTrail.events",
        threads = {"handler-1", "handler-2"},
        twin = "SharedListSynchronized")
public final class SharedListRace {

    private static final int EVENTS = 1_000;

    private SharedListRace() {
    }

    /** The audit events of every request, in one list that nothing guards: the bug. */
    static final class AuditTrail {
        final List<String> events = new ArrayList<>();

        void record(String event) {
            events.add(event); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AuditTrail trail = new AuditTrail();
        StartGate gate = new StartGate(2);
        Runnable handler = () -> {
            gate.arriveAndAwait();
            for (int i = 0; i < EVENTS; i++) {
                try {
                    trail.record(Thread.currentThread().getName() + " served request " + i);
                } catch (ArrayIndexOutOfBoundsException lostWhileGrowing) {
                    // the race itself: the list grew under the other thread's add
                }
            }
        };
        Thread first = new Thread(handler, "handler-1");
        Thread second = new Thread(handler, "handler-2");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("recorded " + trail.events.size() + " of " + 2 * EVENTS + " events");
    }
}
