package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;

/**
 * The deadlock of the Java tutorial: two friends bow to each other, and a friend who is bowed to bows
 * back. Both methods are {@code synchronized}, so a bow holds the bowing friend's monitor while it calls
 * the other friend's {@code bowBack}, which needs the other friend's monitor.
 *
 * <p>{@code alphonse} bows to Gaston while {@code gaston} bows to Alphonse. Each holds his own monitor
 * (entering {@code bow}), the two meet at a rendezvous, and each then calls {@code bowBack} on the
 * other, whose monitor the other holds.
 *
 * <p><b>What weft reports</b>: a deadlock between {@code alphonse} and {@code gaston} on the monitors of
 * the two {@code Friend} objects. Each waits on entering the {@code synchronized} method
 * {@code bowBack} (the line of its first statement), for the monitor the other took on entering
 * {@code bow}.
 *
 * <p><b>The fix</b>: {@link FriendsBowingPolitely} bows back outside the bowing friend's monitor, so no
 * thread ever holds one friend's monitor while asking for the other's.
 */
@Sample(
        shows = "The Java tutorial's two friends bowing to each other: synchronized bow() calls the other"
                + " friend's synchronized bowBack(), a real deadlock between synchronized methods.",
        expect = "deadlock",
        threads = {"alphonse", "gaston"},
        twin = "FriendsBowingPolitely")
public final class FriendsBowing {

    private FriendsBowing() {
    }

    /** A friend; its monitor guards its bows. */
    static final class Friend {
        private final String name;
        private int bows;

        Friend(String name) {
            this.name = name;
        }

        synchronized void bow(Friend bower, Rendezvous bothBowing) {
            bows++; // weft: holds
            bothBowing.arriveAndAwait();
            bower.bowBack(this);
        }

        synchronized void bowBack(Friend bower) {
            bows++; // weft: waits
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Friend alphonse = new Friend("Alphonse");
        Friend gaston = new Friend("Gaston");
        Rendezvous bothBowing = new Rendezvous(2);
        Thread first = new Thread(() -> alphonse.bow(gaston, bothBowing), "alphonse");
        Thread second = new Thread(() -> gaston.bow(alphonse, bothBowing), "gaston");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println(alphonse.name + " and " + gaston.name + " bowed " + (alphonse.bows + gaston.bows) + " times");
    }
}
