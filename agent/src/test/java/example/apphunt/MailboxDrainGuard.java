package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An actor mailbox without a thread of its own (the shape of Akka's and of many event buses): senders enqueue on a
 * {@code ConcurrentLinkedQueue} and then try to become the drainer with {@code compareAndSet(false, true)} on an
 * {@code AtomicBoolean}; the drainer processes every message into the actor's plain state, clears the flag and
 * checks the queue again. Whoever drains holds the flag, so the state is touched by one thread at a time.
 */
// weft: expect none
public final class MailboxDrainGuard {

    private final ConcurrentLinkedQueue<String> mailbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private int processed;

    void send(String message) {
        mailbox.add(message);
        while (!mailbox.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                for (String next = mailbox.poll(); next != null; next = mailbox.poll()) {
                    wordCounts.merge(next.substring(0, next.indexOf(' ')), 1, Integer::sum);
                    processed++;
                }
            } finally {
                draining.set(false);
            }
        }
    }

    int processed() {
        while (!draining.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            return processed + wordCounts.size();
        } finally {
            draining.set(false);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MailboxDrainGuard actor = new MailboxDrainGuard();
        Thread[] senders = new Thread[3];
        for (int s = 0; s < senders.length; s++) {
            int me = s;
            senders[s] = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    actor.send("topic" + (i + me) % 11 + " payload " + i);
                }
            }, "sender-" + s);
            senders[s].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        System.out.println(actor.processed());
    }
}
