package example.explorehunt;

/**
 * The twin of {@link AlertFeedAwaitUnderMonitor}: the reader takes the feed's lock, awaits the post (which lets the
 * lock go) and only then takes the subscribers' monitor; the poster takes the feed's lock under that monitor. The
 * locks are taken in both orders, but the reader holds the lock and wants the monitor only after the post, when the
 * poster has let the lock go: no deadlock in any order.
 */
// weft: expect none
public final class AlertFeedAwaitReleases {

    public static void main(String[] args) throws InterruptedException {
        AlertFeedAwaitUnderMonitor.run(true, args);
    }
}
