package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A three-stage pipeline whose stages form a ring (parse, then enrich, then store, and the store
 * stage sends acknowledgements back to the parser); each stage forwards an item while holding the
 * monitor of its own inbox, and so asks for the next stage's inbox monitor while holding its own.
 *
 * <p>Each stage thread locks its own inbox and takes an item, the three meet at a rendezvous (so the
 * bad interleaving happens on every run), and each then asks for the monitor of the next inbox,
 * which the next stage holds: {@code parser} waits for {@code enricher}, {@code enricher} for
 * {@code storer}, and {@code storer} for {@code parser}. No pair of threads is in an inversion by
 * itself; only the whole ring of three deadlocks. {@code main} waits in {@code join()} outside it.
 *
 * <p><b>What weft reports</b>: a deadlock of the three threads {@code parser}, {@code enricher} and
 * {@code storer} on the monitors of the three {@code Inbox} objects. Each waits in {@code forward} at
 * the inner {@code synchronized (next)} for the monitor the next stage took at the outer
 * {@code synchronized (own)} of the same method.
 *
 * <p><b>The fix</b>: {@link ThreeWayOrdered} locks the two inboxes of a hand-off in the order of their
 * numbers, so the stage that closes the ring locks the parser's inbox before its own.
 */
@Sample(
        shows = "A ring of three pipeline stages, each holding its own inbox monitor while asking for the"
                + " next stage's: a real deadlock of three threads, with no two-thread inversion in it.",
        expect = "deadlock",
        threads = {"parser", "enricher", "storer"},
        twin = "ThreeWayOrdered")
public final class ThreeWayDeadlock {

    private ThreeWayDeadlock() {
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
        Rendezvous allHoldTheirOwnInbox = new Rendezvous(3);

        Thread parser = new Thread(() -> forward(parse, enrich, allHoldTheirOwnInbox), "parser");
        Thread enricher = new Thread(() -> forward(enrich, store, allHoldTheirOwnInbox), "enricher");
        Thread storer = new Thread(() -> forward(store, parse, allHoldTheirOwnInbox), "storer");
        parser.start();
        enricher.start();
        storer.start();
        parser.join();
        enricher.join();
        storer.join();
        System.out.println("inboxes: " + parse.items + " " + enrich.items + " " + store.items);
    }

    /** Takes an item from the stage's own inbox and hands it to the next stage, holding both monitors. */
    static void forward(Inbox own, Inbox next, Rendezvous allHoldTheirOwnInbox) {
        synchronized (own) { // weft: holds
            String item = own.items.poll();
            allHoldTheirOwnInbox.arriveAndAwait();
            synchronized (next) { // weft: waits
                next.items.add(item + " (via stage " + own.number + ")");
            }
        }
    }
}
