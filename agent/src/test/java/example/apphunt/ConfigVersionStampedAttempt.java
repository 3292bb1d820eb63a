package example.apphunt;

import java.util.concurrent.atomic.AtomicStampedReference;

/**
 * Feature configuration versioned by an {@code AtomicStampedReference}: an editor builds each new configuration
 * (plain fields) and swaps it in with {@code compareAndSet} of reference and stamp; an approver bumps the stamp of the
 * current one with {@code attemptStamp}; readers take reference and stamp together with {@code get(int[])} and read the
 * configuration's fields.
 */
// weft: expect none
public final class ConfigVersionStampedAttempt {

    static final class Config {
        int maxUsers;
        String region;
        boolean beta;
    }

    public static void main(String[] args) throws Exception {
        Config first = new Config();
        first.maxUsers = 10;
        first.region = "eu";
        AtomicStampedReference<Config> current = new AtomicStampedReference<>(first, 0);
        Thread editor = new Thread(() -> {
            for (int v = 1; v <= 30; ) {
                int[] stamp = new int[1];
                Config old = current.get(stamp);
                Config next = new Config();
                next.maxUsers = old.maxUsers + 5;
                next.region = v % 2 == 0 ? "eu" : "us";
                next.beta = v % 3 == 0;
                if (current.compareAndSet(old, next, stamp[0], stamp[0] + 1)) {
                    v++;
                }
            }
        }, "editor");
        Thread approver = new Thread(() -> {
            int approvals = 0;
            while (approvals < 20) {
                Config seen = current.getReference();
                int stamp = current.getStamp();
                if (stamp % 2 == 1 && current.attemptStamp(seen, stamp + 1)) {
                    approvals++;
                }
                if (seen.maxUsers >= 150) {
                    break;
                }
            }
        }, "approver");
        long[] read = new long[1];
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                int[] stamp = new int[1];
                Config config = current.get(stamp);
                read[0] += config.maxUsers + config.region.length() + (config.beta ? 1 : 0) + stamp[0];
            }
        }, "reader");
        editor.start();
        approver.start();
        reader.start();
        editor.join();
        approver.join();
        reader.join();
        System.out.println("final max users " + current.getReference().maxUsers + ", read " + (read[0] > 0));
    }
}
