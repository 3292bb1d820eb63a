package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The correct twin of {@link ThreeWayDeadlock}: the same ring of three pipeline stages, but each
 * hand-off locks the two inboxes in the order of their numbers, not "own inbox first".
 *
 * <p>{@code parser} (inbox 1 to 2) and {@code enricher} (2 to 3) lock as before; {@code storer}, which
 * closes the ring (3 to 1), now locks the parser's inbox 1 before its own inbox 3. With one global order
 * no cycle of waiting threads can form. The three stages start together and make thousands of
 * hand-offs each; no item is lost and the program exits 0.
 *
 * <p><b>What weft reports</b>: nothing, neither a deadlock nor a lock-order cycle.
 */
@Sample(
        shows = "A ring of three pipeline stages whose hand-offs lock the two inboxes in the order of their"
                + " numbers: one global lock order, so no deadlock.",
        expect = "none",
        twin = "ThreeWayDeadlock")
public final class ThreeWayOrdered {

    private static final int HAND_OFFS_PER_STAGE = 10_000;

    private ThreeWayOrdered() {
    }

    /** A stage's queue of pending items; its monitor guards {@code items}. */
    static final class Inbox {
        final int number;
        final Deque<String> items = new ArrayDeque<>();

        Inbox(int number, String firstItem) {
            this.number = number;
            items.add(firstItem);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Inbox parse = new Inbox(1, "raw order");
        Inbox enrich = new Inbox(2, "parsed order");
        Inbox store = new Inbox(3, "enriched order");
        Rendezvous start = new Rendezvous(3);

        Thread parser = new Thread(() -> forwardMany(parse, enrich, start), "parser");
        Thread enricher = new Thread(() -> forwardMany(enrich, store, start), "enricher");
        Thread storer = new Thread(() -> forwardMany(store, parse, start), "storer");
        parser.start();
        enricher.start();
        storer.start();
        parser.join();
        enricher.join();
        storer.join();
        System.out.println("items still in flight: " + (parse.items.size() + enrich.items.size() + store.items.size()));
    }

    private static void forwardMany(Inbox own, Inbox next, Rendezvous start) {
        start.arriveAndAwait();
        for (int i = 0; i < HAND_OFFS_PER_STAGE; i++) {
            forward(own, next);
        }
    }

    /** Moves one item, if any, from the stage's own inbox to the next, locking the lower number first. */
    static void forward(Inbox own, Inbox next) {
        Inbox first = own.number < next.number ? own : next;
        Inbox second = own.number < next.number ? next : own;
        synchronized (first) {
            synchronized (second) {
                String item = own.items.poll();
                if (item != null) {
                    next.items.add(item);
                }
            }
        }
    }
}
