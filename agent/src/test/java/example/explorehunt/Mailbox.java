package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A mailbox: a {@code ReentrantLock} with a condition a reader awaits until the mail is in, and an outbox guarded by
 * its monitor. The sender puts the mail in and signals, then, later, files a copy in the outbox holding the mailbox's
 * lock. The reader either awaits holding the outbox ({@link MailboxAwaitHoldingOutbox}: woken, it takes the lock back
 * holding the outbox, the one order against the sender's) or takes the outbox after its await
 * ({@link MailboxAwaitBeforeOutbox}).
 *
 * <p>With an argument, the sender puts the mail in once the reader awaits, and files its copy once the reader is
 * done.
 */
final class Mailbox {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition delivered = lock.newCondition();
    private final List<String> mail = new ArrayList<>();
    private final List<String> outbox = new ArrayList<>();

    String readHoldingOutbox() throws InterruptedException {
        lock.lock();
        try {
            synchronized (outbox) { // reader holds the outbox
                while (mail.isEmpty()) {
                    delivered.await(); // reader awaits keeping the outbox
                }
                outbox.add("read");
                return mail.get(0);
            }
        } finally {
            lock.unlock();
        }
    }

    String readThenOutbox() throws InterruptedException {
        lock.lock();
        try {
            while (mail.isEmpty()) {
                delivered.await();
            }
            synchronized (outbox) {
                outbox.add("read");
                return mail.get(0);
            }
        } finally {
            lock.unlock();
        }
    }

    void deliver(String letter) {
        lock.lock();
        try {
            mail.add(letter);
            delivered.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void fileCopy(String letter) {
        lock.lock(); // sender takes the lock
        try {
            synchronized (outbox) { // sender takes the outbox
                outbox.add("copy of " + letter);
            }
        } finally {
            lock.unlock();
        }
    }

    /** {@code holdingOutbox}: the reader awaits holding the outbox. */
    static void run(boolean holdingOutbox, String[] args) throws InterruptedException {
        Mailbox box = new Mailbox();
        boolean inTurn = args.length > 0;
        CountDownLatch read = new CountDownLatch(inTurn ? 1 : 0);
        Thread reader = new Thread(() -> {
            try {
                System.out.println("read: " + (holdingOutbox ? box.readHoldingOutbox() : box.readThenOutbox()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            read.countDown();
        }, "reader");
        Thread sender = new Thread(() -> {
            if (inTurn) {
                AlertBoard.whenWaiting(reader);
            }
            box.deliver("letter");
            HubTransfersThreeWay.await(read);
            box.fileCopy("letter");
        }, "sender");
        reader.start();
        sender.start();
        reader.join();
        sender.join();
    }
}
