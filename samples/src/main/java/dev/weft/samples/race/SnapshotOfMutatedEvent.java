package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A recorder thread that changes an event after adding it to a {@link ConcurrentLinkedQueue}, while a
 * monitor thread reads the events from a copy of the queue.
 *
 * <p>{@code recorder} adds each event, then stamps its plain {@code at} field; {@code monitor} copies the
 * queue ({@code new ArrayList<>(queue)}) until it holds every event, then reads each {@code at}. Adding an
 * event orders what came before the {@code add}, not the stamp after it: the last event's stamp is ordered
 * with nothing the monitor does.
 *
 * <p><b>What weft reports</b>: a race on {@code Event.at} between {@code recorder} (the write) and
 * {@code monitor} (the read).
 *
 * <p><b>The fix</b>: fill the event before handing it over; see {@link SnapshotCopyHandOff}.
 */
@Sample(
        shows = "A recorder stamps events after adding them to a ConcurrentLinkedQueue; a monitor reads them"
                + " from a copy of the queue: a data race on the last stamp.",
        expect = "race",
        field = "dev.weft.samples.race.SnapshotOfMutatedEvent$Event.at",
        threads = {"recorder", "monitor"},
        twin = "SnapshotCopyHandOff")
public final class SnapshotOfMutatedEvent {

    private static final int EVENTS = 10;

    private SnapshotOfMutatedEvent() {
    }

    /** An event, stamped after it is recorded: the bug. */
    static final class Event {
        String kind;
        long at;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();
        Thread recorder = new Thread(() -> {
            for (int i = 0; i < EVENTS; i++) {
                Event event = new Event();
                event.kind = "kind-" + i;
                queue.add(event);
                event.at = System.nanoTime(); // weft: race
            }
        }, "recorder");
        Thread monitor = new Thread(() -> {
            List<Event> snapshot;
            do {
                snapshot = new ArrayList<>(queue);
            } while (snapshot.size() < EVENTS);
            long last = 0;
            for (Event event : snapshot) {
                last = Math.max(last, event.at); // weft: race
            }
            System.out.println("last stamp " + last);
        }, "monitor");
        recorder.start();
        monitor.start();
        recorder.join();
        monitor.join();
    }
}
