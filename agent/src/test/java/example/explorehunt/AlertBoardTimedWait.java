package example.explorehunt;

/**
 * The reader waits a moment only, not in a loop on the alerts: when its wait times out it goes on without the post,
 * holds the board and wants the subscribers while the poster holds the subscribers and wants the board. See
 * {@link AlertBoard}.
 */
// weft: expect deadlock
public final class AlertBoardTimedWait {

    public static void main(String[] args) throws InterruptedException {
        AlertBoard.run(true, args, AlertBoard.Post.NOTIFYING);
    }
}
