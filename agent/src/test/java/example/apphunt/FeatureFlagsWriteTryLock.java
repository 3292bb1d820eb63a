package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A feature-flag service keeps its flags in a plain {@code HashMap} under a fair {@code ReentrantReadWriteLock}:
 * request threads read flags under the read lock (and {@code tryLock()} it first, falling back to {@code lock()});
 * the admin updates flags under the write lock taken with {@code tryLock(timeout)}, retrying when it times out.
 */
// weft: expect none
public final class FeatureFlagsWriteTryLock {

    static final class Flags {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
        final Map<String, Boolean> enabled = new HashMap<>();
        int version;

        boolean isOn(String flag) {
            ReentrantReadWriteLock.ReadLock read = lock.readLock();
            if (!read.tryLock()) {
                read.lock();
            }
            try {
                return enabled.getOrDefault(flag, false) && version >= 0;
            } finally {
                read.unlock();
            }
        }

        void set(String flag, boolean on) throws InterruptedException {
            ReentrantReadWriteLock.WriteLock write = lock.writeLock();
            while (!write.tryLock(1, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
            try {
                enabled.put(flag, on);
                version++;
            } finally {
                write.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Flags flags = new Flags();
        CountDownLatch requestsDone = new CountDownLatch(3);
        int[] on = new int[3];
        for (int r = 0; r < 3; r++) {
            int worker = r;
            new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    on[worker] += flags.isOn("flag-" + i % 8) ? 1 : 0;
                }
                requestsDone.countDown();
            }, "request-" + r).start();
        }
        Thread admin = new Thread(() -> {
            try {
                for (int i = 0; i < 200; i++) {
                    flags.set("flag-" + i % 8, i % 3 != 0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "flag-admin");
        admin.start();
        requestsDone.await();
        admin.join();
        System.out.println("version " + flags.version + ", on " + (on[0] + on[1] + on[2] >= 0));
    }
}
