package example.collections;

import java.util.LinkedList;

/** An actor's mailbox is a plain {@code LinkedList}: a sender adds to its tail while the actor polls its head, with no lock. */
// weft: expect race example.collections.MailboxLinkedListShared$Actor.mailbox threads=sender,actor collection=java.util.LinkedList
public final class MailboxLinkedListShared {

    static final class Actor {
        final LinkedList<String> mailbox = new LinkedList<>();

        void tell(String message) {
            mailbox.addLast(message); // weft: race
        }

        String receive() {
            return mailbox.pollFirst(); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Actor actor = new Actor();
        Threads.runAll(new String[] {"sender", "actor"}, () -> actor.tell("ping"), () -> System.out.println("got " + actor.receive()));
    }
}
