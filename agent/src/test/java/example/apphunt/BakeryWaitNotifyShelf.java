package example.apphunt;

import java.util.ArrayDeque;

/**
 * A bakery's shelf of 4 trays as a bounded buffer on the shelf's monitor ({@code wait}/{@code notifyAll}): bakers
 * fill trays (plain fields) and put them on the shelf; the counter thread takes trays, sells them (changes them) and
 * {@code main} reads the counter's takings after joining.
 */
// weft: expect none
public final class BakeryWaitNotifyShelf {

    static final class Tray {
        String bread;
        int loaves;
        boolean sold;
    }

    static final class Shelf {
        private final ArrayDeque<Tray> trays = new ArrayDeque<>();

        synchronized void put(Tray tray) throws InterruptedException {
            while (trays.size() == 4) {
                wait();
            }
            trays.addLast(tray);
            notifyAll();
        }

        synchronized Tray take() throws InterruptedException {
            while (trays.isEmpty()) {
                wait();
            }
            Tray tray = trays.removeFirst();
            notifyAll();
            return tray;
        }
    }

    public static void main(String[] args) throws Exception {
        Shelf shelf = new Shelf();
        Thread[] bakers = new Thread[2];
        for (int b = 0; b < 2; b++) {
            String bread = b == 0 ? "rye" : "sourdough";
            bakers[b] = new Thread(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        Tray tray = new Tray();
                        tray.bread = bread;
                        tray.loaves = 6 + i % 3;
                        shelf.put(tray);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "baker-" + b);
        }
        long[] takings = new long[1];
        Thread counter = new Thread(() -> {
            try {
                for (int i = 0; i < 120; i++) {
                    Tray tray = shelf.take();
                    takings[0] += (long) tray.loaves * (tray.bread.equals("rye") ? 350 : 420);
                    tray.sold = true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "counter");
        for (Thread t : bakers) {
            t.start();
        }
        counter.start();
        for (Thread t : bakers) {
            t.join();
        }
        counter.join();
        System.out.println(takings[0]);
    }
}
