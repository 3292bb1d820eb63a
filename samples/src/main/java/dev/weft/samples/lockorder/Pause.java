package dev.weft.samples.lockorder;

/**
 * The timing of the samples: a thread that sleeps before it takes its locks, so that the bad
 * interleaving is rare without being impossible. Sleeping orders nothing: weft must not treat it as a
 * happens-before edge.
 */
final class Pause {

    /**
     * How long the second thread of an inversion waits before taking its locks the other way round: far
     * longer than the first thread needs to take and release both, so the run does not deadlock.
     */
    static final long STAGGER_MILLIS = 250;

    private Pause() {
    }

    /** Sleeps {@code millis} ms; an interrupt ends the sleep early and is kept for the caller to see. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
