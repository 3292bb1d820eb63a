package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link FriendsBowing}: a friend records his bow under his own monitor, releases
 * it, and only then asks the other friend to bow back. No thread holds one friend's monitor while asking
 * for the other's, so the two bows cannot wait for each other. Weft must report nothing.
 */
@Sample(
        shows = "The two friends bowing to each other, where bow() releases its own monitor before calling"
                + " the other friend's synchronized bowBack(): no lock is held while asking for another.",
        expect = "none",
        twin = "FriendsBowing")
public final class FriendsBowingPolitely {

    private FriendsBowingPolitely() {
    }

    /** A friend; its monitor guards its bows. */
    static final class Friend {
        private final String name;
        private int bows;

        Friend(String name) {
            this.name = name;
        }

        void bow(Friend bower) {
            synchronized (this) {
                bows++;
            }
            bower.bowBack(this);
        }

        synchronized void bowBack(Friend bower) {
            bows++;
        }

        synchronized int bows() {
            return bows;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Friend alphonse = new Friend("Alphonse");
        Friend gaston = new Friend("Gaston");
        Thread first = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                alphonse.bow(gaston);
            }
        }, "alphonse");
        Thread second = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                gaston.bow(alphonse);
            }
        }, "gaston");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println(alphonse.name + " and " + gaston.name + " bowed " + (alphonse.bows() + gaston.bows()) + " times");
    }
}
