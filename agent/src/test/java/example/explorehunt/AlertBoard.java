package example.explorehunt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * An alert board: a reader waits on the board's monitor until an alert is posted, then notes itself in the
 * subscribers' list (its monitor) still holding the board; a poster holds the subscribers' list while it takes the
 * board to post and notify. The two monitors are taken in both orders; whether that can deadlock depends on whether
 * the reader can get past its wait without the poster's notify, which the programs vary:
 * {@link AlertBoardWaitReleases} (it cannot: no deadlock), {@link AlertBoardTwoPosters},
 * {@link AlertBoardTimedWait} and {@link AlertBoardPostThenNotify} (it can).
 *
 * <p>With an argument, the posters post only once the reader waits, and a second poster only after the reader has
 * read: a plain run sees the reader woken by the (first) post, as the lock-order analysis must judge it.
 */
final class AlertBoard {

    /** How a poster posts. */
    enum Post { NOTIFYING, THEN_NOTIFYING }

    private final Object board = new Object();
    private final List<String> alerts = new ArrayList<>();
    private final List<String> subscribers = new ArrayList<>();

    /** Reads the first alert, waiting for it (at most a moment when {@code timed}), then notes the reader. */
    String read(boolean timed) throws InterruptedException {
        synchronized (board) { // reader takes the board
            if (timed) {
                if (alerts.isEmpty()) {
                    board.wait(200); // reader waits a moment
                }
            } else {
                while (alerts.isEmpty()) {
                    board.wait(); // reader waits
                }
            }
            synchronized (subscribers) { // reader takes the subscribers
                subscribers.add("reader");
                return alerts.isEmpty() ? "nothing" : alerts.get(0);
            }
        }
    }

    /** Posts and notifies holding the subscribers. */
    void post(String alert) {
        synchronized (subscribers) { // poster holds the subscribers
            synchronized (board) { // poster takes the board
                alerts.add(alert);
                board.notifyAll();
            }
        }
    }

    /** Posts, lets the board go, then notifies holding the subscribers: the reader may read before the notify. */
    void postThenNotify(String alert) {
        synchronized (board) {
            alerts.add(alert);
        }
        synchronized (subscribers) { // late notifier holds the subscribers
            synchronized (board) { // late notifier takes the board
                board.notifyAll();
            }
        }
    }

    /**
     * Runs a reader and {@code posts.length} posters, the first named "poster", the second "second poster".
     *
     * @param timed whether the reader waits at most a moment
     */
    static void run(boolean timed, String[] args, Post... posts) throws InterruptedException {
        AlertBoard board = new AlertBoard();
        boolean inTurn = args.length > 0;
        CountDownLatch read = new CountDownLatch(inTurn ? 1 : 0);
        Thread reader = new Thread(() -> {
            try {
                System.out.println("read: " + board.read(timed));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            read.countDown();
        }, "reader");
        List<Thread> posters = new ArrayList<>();
        for (int i = 0; i < posts.length; i++) {
            Post post = posts[i];
            boolean first = i == 0;
            posters.add(new Thread(() -> {
                if (inTurn && first) {
                    whenWaiting(reader);
                } else if (inTurn) {
                    HubTransfersThreeWay.await(read);
                }
                if (post == Post.NOTIFYING) {
                    board.post("storm");
                } else {
                    board.postThenNotify("storm");
                }
            }, first ? "poster" : "second poster"));
        }
        reader.start();
        posters.forEach(Thread::start);
        reader.join();
        for (Thread poster : posters) {
            poster.join();
        }
    }

    /** Returns once {@code reader} waits (on the board: it takes nothing else before), or has ended (a wait timed out). */
    static void whenWaiting(Thread reader) {
        Set<Thread.State> waitingOrEnded = EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.TERMINATED);
        while (!waitingOrEnded.contains(reader.getState())) {
            Thread.onSpinWait();
        }
    }
}
