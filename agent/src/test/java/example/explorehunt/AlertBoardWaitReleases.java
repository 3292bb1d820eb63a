package example.explorehunt;

/**
 * The twin of the alert board's bugs: one poster, which posts and notifies in the one hold of the board that
 * follows the reader's wait, and a reader that waits, untimed, until there is an alert: it holds the board and
 * wants the subscribers only after that post, when the poster has let both go. No deadlock in any order. See
 * {@link AlertBoard}.
 */
// weft: expect none
public final class AlertBoardWaitReleases {

    public static void main(String[] args) throws InterruptedException {
        AlertBoard.run(false, args, AlertBoard.Post.NOTIFYING);
    }
}
