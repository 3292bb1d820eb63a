package example.apphunt;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;

/**
 * A mailroom whose sorters are virtual threads: they wait on the mailroom's monitor with {@code wait()} inside
 * {@code synchronized} (a virtual thread no longer pins its carrier there since JDK 24) while the bag is empty; the
 * postman, a platform thread, fills letters (plain objects), adds them under the monitor and {@code notifyAll()}s.
 * Each sorter stamps the letters it takes; the mailroom reads the stamps after a latch.
 */
// weft: expect none
public final class MailroomVirtualWaitNotify {

    static final class Letter {
        String address;
        int postcode;
        String sortedBy;
    }

    static final class Mailroom {
        private final ArrayDeque<Letter> bag = new ArrayDeque<>();
        private boolean closed;

        synchronized void post(Letter letter) {
            bag.add(letter);
            notifyAll();
        }

        synchronized void close() {
            closed = true;
            notifyAll();
        }

        synchronized Letter take() throws InterruptedException {
            while (bag.isEmpty() && !closed) {
                wait();
            }
            return bag.poll();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Mailroom mailroom = new Mailroom();
        int sorters = 6;
        CountDownLatch done = new CountDownLatch(sorters);
        for (int s = 0; s < sorters; s++) {
            Thread.ofVirtual().name("sorter-" + s).start(() -> {
                try {
                    for (Letter letter = mailroom.take(); letter != null; letter = mailroom.take()) {
                        letter.sortedBy = Thread.currentThread().getName() + "/" + letter.postcode / 1000;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        Letter[] letters = new Letter[200];
        Thread postman = new Thread(() -> {
            for (int i = 0; i < letters.length; i++) {
                Letter letter = new Letter();
                letter.address = i + " Mill Lane";
                letter.postcode = 10_000 + i * 37;
                letters[i] = letter;
                mailroom.post(letter);
            }
            mailroom.close();
        }, "postman");
        postman.start();
        postman.join();
        done.await();
        int sorted = 0;
        for (Letter letter : letters) {
            sorted += letter.sortedBy != null ? 1 : 0;
        }
        System.out.println(sorted + " letters sorted");
    }
}
