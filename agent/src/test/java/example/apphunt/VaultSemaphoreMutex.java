package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A key vault whose secrets are guarded by a binary {@code Semaphore} used as a mutex: rotators take it with
 * {@code tryAcquire(timeout)} and retry when it times out, readers with {@code acquireUninterruptibly()}; each
 * releases in a {@code finally}. The map and the mutable secrets are touched only while holding the permit.
 */
// weft: expect none
public final class VaultSemaphoreMutex {

    static final class Secret {
        String value;
        int rotations;
    }

    private final Semaphore mutex = new Semaphore(1);
    private final Map<String, Secret> secrets = new HashMap<>();

    void rotate(String name, int round) throws InterruptedException {
        while (!mutex.tryAcquire(1, TimeUnit.MILLISECONDS)) {
            Thread.onSpinWait();
        }
        try {
            Secret secret = secrets.computeIfAbsent(name, k -> new Secret());
            secret.value = name + "#" + round;
            secret.rotations++;
        } finally {
            mutex.release();
        }
    }

    int read(String name) {
        mutex.acquireUninterruptibly();
        try {
            Secret secret = secrets.get(name);
            return secret == null ? 0 : secret.value.length() + secret.rotations;
        } finally {
            mutex.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        VaultSemaphoreMutex vault = new VaultSemaphoreMutex();
        Thread[] threads = new Thread[4];
        long[] seen = new long[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 150; i++) {
                        if (me < 2) {
                            vault.rotate("key-" + i % 4, i);
                        } else {
                            seen[me] += vault.read("key-" + i % 4);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, me < 2 ? "rotator-" + me : "reader-" + me);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(vault.read("key-0") + " " + (seen[2] + seen[3]));
    }
}
