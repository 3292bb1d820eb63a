package example.explorehunt;

/** Twin of {@link MailboxWakeIf}: the reader waits in a {@code while}, so a heartbeat's wake-up only makes it wait again. */
// weft: expect none
public final class MailboxWakeWhile {

    static final class Mailbox {
        private String letter;
        private int heartbeats;

        synchronized void post(String text) {
            letter = text;
            notifyAll();
        }

        synchronized void heartbeat() {
            heartbeats++;
            notifyAll();
        }

        synchronized String take() throws InterruptedException {
            while (letter == null) {
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
