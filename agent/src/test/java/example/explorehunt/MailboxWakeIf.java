package example.explorehunt;

/**
 * A mailbox monitor that serves two conditions: a reader waits for a letter, and a status thread {@code notifyAll}s
 * on every heartbeat. The reader waits under an {@code if}: woken by a heartbeat while the box is still empty, it takes
 * the letter that is not there ({@code NullPointerException}).
 */
// weft: expect failure
public final class MailboxWakeIf {

    static final class Mailbox {
        private String letter;
        private int heartbeats;

        synchronized void post(String text) {
            letter = text;
            notifyAll();
        }

        synchronized void heartbeat() {
            heartbeats++;
            notifyAll(); // for another condition, on the same monitor
        }

        synchronized String take() throws InterruptedException {
            if (letter == null) { // the bug: not re-checked after waking
                wait();
            }
            String text = letter;
            letter = null;
            return text;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Mailbox box = new Mailbox();
        Thread reader = new Thread(() -> {
            try {
                System.out.println("read " + box.take().length() + " characters");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reader");
        Thread status = new Thread(box::heartbeat, "status");
        reader.start();
        status.start();
        status.join();
        box.post("hello");
        reader.join();
    }
}
