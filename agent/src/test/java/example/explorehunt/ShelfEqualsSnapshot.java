package example.explorehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * The twin of {@link ShelfSynchronizedEquals}: {@code equals} takes the other shelf's items first, then compares them
 * under its own monitor, never holding both.
 */
// weft: expect none
public final class ShelfEqualsSnapshot {

    static final class Shelf {
        private final List<String> items = new ArrayList<>();

        synchronized void add(String item) {
            items.add(item);
        }

        synchronized List<String> items() {
            return new ArrayList<>(items);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shelf shelf)) {
                return false;
            }
            List<String> theirs = shelf.items();
            synchronized (this) {
                return items.equals(theirs);
            }
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
        boolean[] same = new boolean[2];
        Thread a = new Thread(() -> same[0] = left.equals(right), "auditor-a");
        Thread b = new Thread(() -> same[1] = right.equals(left), "auditor-b");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("same: " + same[0] + " " + same[1]);
    }
}
