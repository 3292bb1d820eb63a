package example.racehunt;

/** Two painters fill overlapping rows of a 2D int grid: the middle row is written by both. */
// weft: expect race int[] threads=painter-top,painter-bottom
public final class GridCellRace {

    public static void main(String[] args) throws InterruptedException {
        int[][] grid = new int[5][4];
        Threads.runAll(new String[] {"painter-top", "painter-bottom"},
                () -> paint(grid, 0, 3, 1),
                () -> paint(grid, 2, 5, 2));
        System.out.println("middle " + grid[2][0]);
    }

    private static void paint(int[][] grid, int fromRow, int toRow, int colour) {
        for (int row = fromRow; row < toRow; row++) {
            for (int col = 0; col < grid[row].length; col++) {
                grid[row][col] = colour; // weft: race
            }
        }
    }
}
