package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The correct twin of {@link SharedListRace}: the audit trail's list is a
 * {@code Collections.synchronizedList}, whose every call holds the wrapper's lock.
 *
 * <p>{@code handler-1} and {@code handler-2} pass a start gate together and each records 1,000 events.
 * The wrapper is not one of the JDK's non-thread-safe classes, so its calls are not checked as accesses;
 * the {@code ArrayList} inside it is only reached by the JDK, under the wrapper's lock.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Two threads add to one Collections.synchronizedList: no race.",
        expect = "none",
        twin = "SharedListRace")
public final class SharedListSynchronized {

    private static final int EVENTS = 1_000;

    private SharedListSynchronized() {
    }

    /** The audit events of every request, in a synchronized list. */
    static final class AuditTrail {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        void record(String event) {
            events.add(event);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AuditTrail trail = new AuditTrail();
        StartGate gate = new StartGate(2);
        Runnable handler = () -> {
            gate.arriveAndAwait();
            for (int i = 0; i < EVENTS; i++) {
                trail.record(Thread.currentThread().getName() + " served request " + i);
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
