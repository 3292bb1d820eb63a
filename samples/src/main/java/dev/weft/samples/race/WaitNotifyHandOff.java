package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A mailbox that holds one letter, with the classic guarded wait: the postman waits while it is full, the
 * resident waits while it is empty, and each notifies the other under the mailbox's monitor.
 *
 * <p>A {@code Letter}'s fields are plain and are written and read <em>outside</em> the monitor: the postman
 * fills a letter, then puts it in the mailbox under the monitor; the resident takes it under the monitor,
 * then reads it. {@code wait()} releases the monitor and takes it again before returning, so the
 * postman's release of the monitor after putting the letter happens-before the resident's return from
 * {@code wait()}, and the other way round for the empty mailbox. The monitor, through {@code wait},
 * {@code notifyAll} and the re-acquisition inside {@code wait}, is the only thing ordering the letters'
 * writes with their reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not see the release and re-acquisition of the
 * monitor inside {@code wait()} would wrongly report a race on {@code Mailbox.letter} or on the fields of
 * {@code Letter}.
 */
@Sample(
        shows = "A postman and a resident hand letters with plain fields through a one-letter mailbox using"
                + " wait/notifyAll under its monitor: no race.",
        expect = "none",
        twin = "OneSidedLock")
public final class WaitNotifyHandOff {

    private static final int LETTERS = 20;

    private WaitNotifyHandOff() {
    }

    /** A letter, filled in by the postman before it goes into the mailbox. */
    static final class Letter {
        int number;
        String text;
    }

    /** Holds at most one letter; its monitor guards {@code letter}. */
    static final class Mailbox {
        private Letter letter;

        synchronized void put(Letter l) throws InterruptedException {
            while (letter != null) {
                wait();
            }
            letter = l;
            notifyAll();
        }

        synchronized Letter take() throws InterruptedException {
            while (letter == null) {
                wait();
            }
            Letter l = letter;
            letter = null;
            notifyAll();
            return l;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Mailbox mailbox = new Mailbox();
        int[] characters = new int[1];
        Thread postman = new Thread(() -> {
            try {
                for (int i = 1; i <= LETTERS; i++) {
                    Letter letter = new Letter();
                    letter.number = i;
                    letter.text = "letter number " + i;
                    mailbox.put(letter);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "postman");
        Thread resident = new Thread(() -> {
            int read = 0;
            try {
                for (int i = 1; i <= LETTERS; i++) {
                    Letter letter = mailbox.take();
                    read += letter.text.length() + letter.number - i;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            characters[0] = read;
        }, "resident");
        postman.start();
        resident.start();
        postman.join();
        resident.join();
        System.out.println(LETTERS + " letters delivered, " + characters[0] + " characters read");
    }
}
