package example.apphunt;

import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;

/**
 * A status board whose view is refreshed on Swing's event dispatch thread, which the JDK starts: the loader
 * fills the board's model, hands the refresh to {@code invokeAndWait}, and later bumps a counter of its own
 * that the view's periodic refresh ({@code invokeLater}) also reads, without waiting for it.
 */
// weft: expect race example.apphunt.StatusBoard$Board.loads threads=main,AWT-EventQueue-*
public final class StatusBoard {

    static final class Board {
        String title;
        int rows;
        int loads;
        String shown = "";

        void render() {
            shown = title + " (" + rows + " rows, " + loads + " loads)"; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException, InvocationTargetException {
        Board board = new Board();
        board.title = "builds";
        board.rows = 12;
        SwingUtilities.invokeAndWait(board::render); // ordered: the model is filled before, the view read after
        System.out.println(board.shown);
        SwingUtilities.invokeLater(board::render);
        board.loads++; // weft: race
        SwingUtilities.invokeAndWait(() -> { }); // the refresh is over before the loader ends
    }
}
