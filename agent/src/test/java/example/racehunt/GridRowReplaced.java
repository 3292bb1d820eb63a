package example.racehunt;

/**
 * A game board keeps its cells as a 2-D array; a loader thread replaces whole rows with new ones while the renderer
 * looks at each row to redraw the rows that changed: the outer array's elements (the rows) are written and read
 * unordered.
 */
// weft: expect race int[][] threads=loader,renderer
public final class GridRowReplaced {

    static final int[][] board = new int[16][16];

    public static void main(String[] args) throws InterruptedException {
        int[] redrawn = new int[1];
        Threads.runAll(new String[] {"loader", "renderer"}, () -> {
            for (int i = 0; i < 200; i++) {
                board[i % 16] = new int[16]; // weft: race
            }
        }, () -> {
            int[][] drawn = new int[16][];
            for (int i = 0; i < 400; i++) {
                int[] row = board[i % 16]; // weft: race
                if (row != drawn[i % 16]) {
                    drawn[i % 16] = row;
                    redrawn[0]++;
                }
            }
        });
        System.out.println("rows redrawn " + redrawn[0]);
    }
}
