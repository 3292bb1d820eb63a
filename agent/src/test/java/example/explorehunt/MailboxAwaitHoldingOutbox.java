package example.explorehunt;

/**
 * The reader awaits the mailbox's condition holding the outbox: woken, it takes the mailbox's lock back holding the
 * outbox, while the sender, filing its copy, holds the lock and wants the outbox. The re-acquire is the cycle's only
 * inverted edge. See {@link Mailbox}.
 */
// weft: expect deadlock
public final class MailboxAwaitHoldingOutbox {

    public static void main(String[] args) throws InterruptedException {
        Mailbox.run(true, args);
    }
}
