package example.apphunt;

import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;

/**
 * {@link StatusBoard} fixed: the loader bumps its counter on the event dispatch thread too, so every
 * access of the model after it is filled is made by that thread, in the order the loader handed them over.
 */
// weft: expect none
public final class StatusBoardFixed {

    static final class Board {
        String title;
        int rows;
        int loads;
        String shown = "";

        void render() {
            shown = title + " (" + rows + " rows, " + loads + " loads)";
        }
    }

    public static void main(String[] args) throws InterruptedException, InvocationTargetException {
        Board board = new Board();
        board.title = "builds";
        board.rows = 12;
        SwingUtilities.invokeAndWait(board::render); // ordered: the model is filled before, the view read after
        System.out.println(board.shown);
        SwingUtilities.invokeLater(board::render);
        SwingUtilities.invokeLater(() -> board.loads++);
        SwingUtilities.invokeAndWait(() -> { }); // the refresh is over before the loader ends
    }
}
