package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * A service's feature flags are a completed future; an operator thread replaces them at run time with
 * {@code obtrudeValue(fresh)} (a fresh, fully built object) and counts a latch down; a request thread waits for the
 * latch and reads the flags through {@code join()}. A later request reads through {@code getNow}.
 */
// weft: expect none
public final class FeatureFlagsObtrude {

    static final class Flags {
        boolean darkMode;
        int rollout;
    }

    public static void main(String[] args) throws Exception {
        Flags initial = new Flags();
        initial.rollout = 10;
        CompletableFuture<Flags> flags = CompletableFuture.completedFuture(initial);
        CountDownLatch replaced = new CountDownLatch(1);
        Thread operator = new Thread(() -> {
            Flags fresh = new Flags();
            fresh.darkMode = true;
            fresh.rollout = 50;
            flags.obtrudeValue(fresh);
            replaced.countDown();
        }, "operator");
        int[] seen = new int[2];
        Thread request = new Thread(() -> {
            try {
                replaced.await();
            } catch (InterruptedException e) {
                return;
            }
            Flags current = flags.join();
            seen[0] = current.rollout;
            current.rollout++;
        }, "request");
        operator.start();
        request.start();
        operator.join();
        request.join();
        Flags later = flags.getNow(initial);
        seen[1] = later.rollout;
        System.out.println(seen[0] + " then " + seen[1] + " dark=" + later.darkMode);
    }
}
