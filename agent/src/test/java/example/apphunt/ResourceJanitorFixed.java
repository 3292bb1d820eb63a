package example.apphunt;

import java.lang.ref.Cleaner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Native-like buffers released by a {@code Cleaner} (whose thread the JDK starts, from the program's own thread
 * factory) once their handles are unreachable: each cleaning action reads the state the program set up before
 * it registered the handle and adds to the freed total; the program waits for the actions on a latch. A retry
 * then runs later through {@code CompletableFuture.delayedExecutor}.
 */
// weft: expect none
public final class ResourceJanitorFixed {
    static final class Stats { static long freed; }

    static final class Release implements Runnable {
        final String name;
        int bytes;
        final CountDownLatch released;

        Release(String name, int bytes, CountDownLatch released) {
            this.name = name;
            this.bytes = bytes;
            this.released = released;
        }

        @Override
        public void run() {
            Stats.freed += bytes + name.length();
            released.countDown();
        }
    }

    static final class Buffer {
        final byte[] data;

        Buffer(Cleaner cleaner, String name, int bytes, CountDownLatch released) {
            data = new byte[bytes];
            Release release = new Release(name, bytes, released);
            release.bytes += 16; // the header
            cleaner.register(this, release);
        }
    }

    public static void main(String[] args) throws Exception {
        Cleaner cleaner = Cleaner.create(new NamedThreads("janitor"));
        CountDownLatch released = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            new Buffer(cleaner, "buffer-" + i, 1024 * (i + 1), released);
        }
        for (int i = 0; i < 100 && released.getCount() > 0; i++) {
            System.gc();
            released.await(20, TimeUnit.MILLISECONDS);
        }
        if (released.getCount() == 0) {
            System.out.println("freed " + Stats.freed + " bytes");
        }
        int[] attempts = {1};
        Executor later = CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS);
        String retried = CompletableFuture.supplyAsync(() -> "retry " + ++attempts[0], later).join();
        System.out.println(retried + " after " + attempts[0] + " attempts");
    }
}
