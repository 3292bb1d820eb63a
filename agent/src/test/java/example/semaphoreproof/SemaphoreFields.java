package example.semaphoreproof;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Fields of {@code Semaphore}s for {@code SemaphoreMutexProofTest}: the first two are used as mutexes, each of the
 * others breaks one of the rules the proof checks. Never run; each field has a name of its own in this package.
 */
final class SemaphoreFields {

    /** Proved: an instance field, taken and given back in a finally, also around a monitor and a return. */
    static final class Desk {
        private final Semaphore desk = new Semaphore(1);
        private final List<String> queue = new ArrayList<>();

        void serve() throws InterruptedException {
            desk.acquire();
            try {
                synchronized (queue) {
                    queue.clear();
                }
            } finally {
                desk.release();
            }
        }

        int count() {
            desk.acquireUninterruptibly();
            try {
                if (queue.isEmpty()) {
                    return 0;
                }
                return queue.size();
            } finally {
                desk.release();
            }
        }

        int free() {
            return desk.availablePermits();
        }
    }

    /** Proved: a static field, fair. */
    static final class Gate {
        static final Semaphore gate = new Semaphore(1, true);

        static void pass(Runnable inside) {
            gate.acquireUninterruptibly();
            try {
                inside.run();
            } finally {
                gate.release();
            }
        }
    }

    /** Two permits. */
    static final class TwoBays {
        private final Semaphore bays = new Semaphore(2);

        void wash() {
            bays.acquireUninterruptibly();
            try {
                Thread.yield();
            } finally {
                bays.release();
            }
        }
    }

    /** Taken in one method, given back in another (by whichever thread calls it). */
    static final class Baton {
        private final Semaphore baton = new Semaphore(1);

        void take() {
            baton.acquireUninterruptibly();
        }

        void giveBack() {
            baton.release();
        }
    }

    /** The acquire inside the try: an interrupted acquire gives back a permit it never took. */
    static final class AcquireInsideTry {
        private final Semaphore inside = new Semaphore(1);

        void use() throws InterruptedException {
            try {
                inside.acquire();
                Thread.yield();
            } finally {
                inside.release();
            }
        }
    }

    /** Given back on the normal path only: an exception keeps the permit. */
    static final class NoFinally {
        private final Semaphore unguarded = new Semaphore(1);

        void use(List<String> names) {
            unguarded.acquireUninterruptibly();
            names.add("x");
            unguarded.release();
        }
    }

    /** The semaphore escapes: passed to another method. */
    static final class Escapes {
        private final Semaphore escaping = new Semaphore(1);

        Semaphore lend() {
            return escaping;
        }
    }

    /** Package-private, read on another object by another class. */
    static final class ReadElsewhere {
        final Semaphore elsewhere = new Semaphore(1);
    }

    static void useElsewhere(ReadElsewhere other) {
        other.elsewhere.release();
    }

    /** Public: any class may name it. */
    static final class Public {
        public final Semaphore exposed = new Semaphore(1);

        void use() {
            exposed.acquireUninterruptibly();
            try {
                Thread.yield();
            } finally {
                exposed.release();
            }
        }
    }

    /** A tryAcquire, whose outcome the proof does not follow. */
    static final class Tried {
        private final Semaphore tried = new Semaphore(1);

        void use() {
            if (tried.tryAcquire()) {
                tried.release();
            }
        }
    }

    private SemaphoreFields() { }
}
