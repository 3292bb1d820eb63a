package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Shelves compare themselves with a synchronized {@code equals} that reads the other shelf's items through its
 * synchronized {@code items()} (the shape of the JDK's synchronized collections' {@code equals}, a JaConTeBe bug): one
 * auditor compares the left shelf with the right, holding the left's monitor and wanting the right's, the other the
 * right with the left: a deadlock. With an argument, the second auditor compares once the first has (a latch): a plain
 * run then predicts the cycle.
 */
// weft: expect deadlock
public final class ShelfSynchronizedEquals {

    static final class Shelf {
        private final List<String> items = new ArrayList<>();

        synchronized void add(String item) {
            items.add(item);
        }

        synchronized List<String> items() {
            return new ArrayList<>(items);
        }

        @Override
        public synchronized boolean equals(Object other) {
            return other instanceof Shelf shelf && items.equals(shelf.items()); // the bug: the other's monitor under this one's
        }

        @Override
        public synchronized int hashCode() {
            return items.hashCode();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Shelf left = new Shelf();
        Shelf right = new Shelf();
        left.add("tea");
        right.add("tea");
        CountDownLatch firstDone = new CountDownLatch(args.length > 0 ? 1 : 0);
        boolean[] same = new boolean[2];
        Thread a = new Thread(() -> {
            same[0] = left.equals(right);
            firstDone.countDown();
        }, "auditor-a");
        Thread b = new Thread(() -> {
            HubTransfersThreeWay.await(firstDone);
            same[1] = right.equals(left);
        }, "auditor-b");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("same: " + same[0] + " " + same[1]);
    }
}
