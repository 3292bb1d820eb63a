package example.collections;

import java.util.LinkedList;

/** The twin of {@link MailboxLinkedListShared}: {@code tell} and {@code receive} are {@code synchronized}. */
// weft: expect none
public final class MailboxLinkedListLocked {

    static final class Actor {
        private final LinkedList<String> mailbox = new LinkedList<>();

        synchronized void tell(String message) {
            mailbox.addLast(message);
        }

        synchronized String receive() {
            return mailbox.pollFirst();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Actor actor = new Actor();
        Threads.runAll(new String[] {"sender", "actor"}, () -> actor.tell("ping"), () -> System.out.println("got " + actor.receive()));
    }
}
