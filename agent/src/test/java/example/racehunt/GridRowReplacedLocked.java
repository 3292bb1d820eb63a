package example.racehunt;

/** The twin of {@link GridRowReplaced}: rows are replaced and looked at holding the board's lock. */
// weft: expect none
public final class GridRowReplacedLocked {

    static final int[][] board = new int[16][16];

    public static void main(String[] args) throws InterruptedException {
        int[] redrawn = new int[1];
        Threads.runAll(new String[] {"loader", "renderer"}, () -> {
            for (int i = 0; i < 200; i++) {
                int[] fresh = new int[16];
                synchronized (board) {
                    board[i % 16] = fresh;
                }
            }
        }, () -> {
            int[][] drawn = new int[16][];
            for (int i = 0; i < 400; i++) {
                int[] row;
                synchronized (board) {
                    row = board[i % 16];
                }
                if (row != drawn[i % 16]) {
                    drawn[i % 16] = row;
                    redrawn[0]++;
                }
            }
        });
        System.out.println("rows redrawn " + redrawn[0]);
    }
}
