package example.explorehunt;

/**
 * A rollout moves a release through three phases, canary, partial and full, each written in turn to a volatile
 * field. A watchdog looks at the phase twice and takes "canary, then partial" for a stalled rollout (it assumes the
 * partial phase is too short to be seen after the canary). Seeing it needs the watchdog's first look between the
 * first two writes and its second between the last two: three preemptions at the right places, a bug of depth 3.
 */
// weft: expect failure
public final class RolloutPhases {

    static final int CANARY = 1;
    static final int PARTIAL = 2;
    static final int FULL = 3;
    static volatile int phase;

    public static void main(String[] args) throws InterruptedException {
        Thread rollout = new Thread(() -> {
            phase = CANARY;
            phase = PARTIAL;
            phase = FULL;
        }, "rollout");
        Thread watchdog = new Thread(() -> {
            int first = phase;
            int second = phase;
            if (first == CANARY && second == PARTIAL) {
                throw new IllegalStateException("rollout stalled between canary and partial");
            }
        }, "watchdog");
        rollout.start();
        watchdog.start();
        rollout.join();
        watchdog.join();
    }
}
