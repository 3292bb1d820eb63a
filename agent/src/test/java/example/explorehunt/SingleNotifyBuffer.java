package example.explorehunt;

/**
 * A bounded buffer of one slot shared by two producers and two consumers, with {@code while} loops but a
 * single {@code notify}: a consumer's notify can wake the other consumer instead of a producer, and then
 * every thread waits.
 */
// weft: expect deadlock
public final class SingleNotifyBuffer {

    static final class Buffer {
        private Integer slot;

        synchronized void put(int item) throws InterruptedException {
            while (slot != null) {
                wait();
            }
            slot = item;
            notify();
        }

        synchronized int take() throws InterruptedException {
            while (slot == null) {
                wait();
            }
            int item = slot;
            slot = null;
            notify();
            return item;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buffer = new Buffer();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < 2; i++) {
            threads[i] = new Thread(() -> {
                try {
                    for (int item = 0; item < 2; item++) {
                        buffer.put(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "producer-" + i);
            threads[2 + i] = new Thread(() -> {
                try {
                    for (int item = 0; item < 2; item++) {
                        buffer.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + i);
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("done");
    }
}
