package example.explorehunt;

/** Twin of {@link RolloutPhases}: the rollout moves through its phases under a lock, and the watchdog looks twice under it. */
// weft: expect none
public final class RolloutPhasesLocked {

    static final int CANARY = 1;
    static final int PARTIAL = 2;
    static final int FULL = 3;
    static final Object LOCK = new Object();
    static int phase;

    public static void main(String[] args) throws InterruptedException {
        Thread rollout = new Thread(() -> {
            synchronized (LOCK) {
                phase = CANARY;
                phase = PARTIAL;
                phase = FULL;
            }
        }, "rollout");
        Thread watchdog = new Thread(() -> {
            synchronized (LOCK) {
                int first = phase;
                int second = phase;
                if (first == CANARY && second == PARTIAL) {
                    throw new IllegalStateException("rollout stalled between canary and partial");
                }
            }
        }, "watchdog");
        rollout.start();
        watchdog.start();
        rollout.join();
        watchdog.join();
    }
}
