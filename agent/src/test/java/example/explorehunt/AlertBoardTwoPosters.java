package example.explorehunt;

/**
 * Two posters: the reader woken by one post holds the board and wants the subscribers while the other poster holds
 * the subscribers and wants the board. See {@link AlertBoard}.
 */
// weft: expect deadlock
public final class AlertBoardTwoPosters {

    public static void main(String[] args) throws InterruptedException {
        AlertBoard.run(false, args, AlertBoard.Post.NOTIFYING, AlertBoard.Post.NOTIFYING);
    }
}
