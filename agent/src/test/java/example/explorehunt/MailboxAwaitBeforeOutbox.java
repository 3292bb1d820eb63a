package example.explorehunt;

/**
 * The twin of {@link MailboxAwaitHoldingOutbox}: the reader takes the outbox after its await, so it takes the mailbox's
 * lock back holding nothing else; every thread takes the lock, then the outbox. See {@link Mailbox}.
 */
// weft: expect none
public final class MailboxAwaitBeforeOutbox {

    public static void main(String[] args) throws InterruptedException {
        Mailbox.run(false, args);
    }
}
