package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An alert feed: a {@code ReentrantLock} with a condition a reader awaits until an alert is posted, and the
 * subscribers' list guarded by its monitor. The reader holds the subscribers' monitor while it takes the feed's lock
 * and awaits (the await lets the feed's lock go, not the monitor); the poster holds the feed's lock while it posts,
 * signals and notes the post in the subscribers' list (their monitor): a cycle of a lock and a monitor, and a real
 * deadlock (the reader, signalled, must take the feed's lock back while the poster waits for the monitor).
 * {@link AlertFeedAwaitReleases} is the twin whose cycle the await breaks.
 */
// weft: expect deadlock
public final class AlertFeedAwaitUnderMonitor {

    static final class Feed {
        final ReentrantLock lock = new ReentrantLock();
        final Condition posted = lock.newCondition();
        final List<String> alerts = new ArrayList<>();
        final List<String> subscribers = new ArrayList<>();

        String readUnderMonitor() throws InterruptedException {
            synchronized (subscribers) {
                lock.lock();
                try {
                    while (alerts.isEmpty()) {
                        posted.await();
                    }
                    return alerts.get(0) + " to " + subscribers.size();
                } finally {
                    lock.unlock();
                }
            }
        }

        void postThenNote(String alert) {
            lock.lock();
            try {
                alerts.add(alert);
                posted.signalAll();
                synchronized (subscribers) {
                    subscribers.add("noted " + alert);
                }
            } finally {
                lock.unlock();
            }
        }

        String readThenNote() throws InterruptedException {
            lock.lock();
            try {
                while (alerts.isEmpty()) {
                    posted.await();
                }
                synchronized (subscribers) {
                    return alerts.get(0) + " to " + subscribers.size();
                }
            } finally {
                lock.unlock();
            }
        }

        void postUnderMonitor(String alert) {
            synchronized (subscribers) {
                lock.lock();
                try {
                    alerts.add(alert);
                    posted.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** With an argument, the reader reads only after the post (a latch): a plain run predicts the cycle. */
    public static void main(String[] args) throws InterruptedException {
        run(false, args);
    }

    /**
     * {@code releases}: the reader awaits holding only the feed's lock, the poster takes it under the monitor. With the
     * argument {@code reader-first} (for the twin), the poster posts once the reader awaits instead.
     */
    static void run(boolean releases, String[] args) throws InterruptedException {
        Feed feed = new Feed();
        boolean readerFirst = args.length > 0 && args[0].equals("reader-first");
        CountDownLatch posted = new CountDownLatch(args.length > 0 && !readerFirst ? 1 : 0);
        Thread[] readers = new Thread[1];
        Thread poster = new Thread(() -> {
            if (readerFirst) {
                AlertBoard.whenWaiting(readers[0]);
            }
            if (releases) {
                feed.postUnderMonitor("storm");
            } else {
                feed.postThenNote("storm");
            }
            posted.countDown();
        }, "poster");
        Thread reader = new Thread(() -> {
            HubTransfersThreeWay.await(posted);
            try {
                System.out.println("read: " + (releases ? feed.readThenNote() : feed.readUnderMonitor()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reader");
        readers[0] = reader;
        poster.start();
        reader.start();
        poster.join();
        reader.join();
    }
}
