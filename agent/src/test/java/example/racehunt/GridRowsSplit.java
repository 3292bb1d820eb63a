package example.racehunt;

/** The twin of GridCellRace: each painter fills its own rows of the 2D grid; main reads after joining. */
// weft: expect none
public final class GridRowsSplit {

    public static void main(String[] args) throws InterruptedException {
        int[][] grid = new int[5][4];
        Threads.runAll(new String[] {"painter-top", "painter-bottom"},
                () -> paint(grid, 0, 2, 1),
                () -> paint(grid, 2, 5, 2));
        long sum = 0;
        for (int[] row : grid) {
            for (int cell : row) {
                sum += cell;
            }
        }
        System.out.println("sum " + sum);
    }

    private static void paint(int[][] grid, int fromRow, int toRow, int colour) {
        for (int row = fromRow; row < toRow; row++) {
            for (int col = 0; col < grid[row].length; col++) {
                grid[row][col] = colour;
            }
        }
    }
}
