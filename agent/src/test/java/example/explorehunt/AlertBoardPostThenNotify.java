package example.explorehunt;

/**
 * The poster posts, lets the board go, and notifies later holding the subscribers: a reader that checks the alerts
 * after the post does not wait, and holds the board wanting the subscribers while the poster holds the subscribers
 * and wants the board. See {@link AlertBoard}.
 */
// weft: expect deadlock
public final class AlertBoardPostThenNotify {

    public static void main(String[] args) throws InterruptedException {
        AlertBoard.run(false, args, AlertBoard.Post.THEN_NOTIFYING);
    }
}
