package example.apphunt;

import java.util.Arrays;

/**
 * Two surveyors fill grids of readings (arrays of arrays) on threads of their own; main joins them, then compares the
 * grids with {@code Arrays.mismatch}, {@code Arrays.compare}, {@code Arrays.deepEquals} and prints them with
 * {@code Arrays.deepToString}. The joins order every write before the comparisons.
 */
// weft: expect none
public final class SurveyGridsJoined {

    public static void main(String[] args) throws Exception {
        int[][] north = new int[4][6];
        int[][] south = new int[4][6];
        Thread first = new Thread(() -> survey(north, 3), "surveyor-north");
        Thread second = new Thread(() -> survey(south, 3), "surveyor-south");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("mismatch: " + Arrays.mismatch(north[0], south[0]) + ", compare: " + Arrays.compare(north[1], south[1])
                + ", equal: " + Arrays.deepEquals(north, south));
        System.out.println(Arrays.deepToString(north).length());
    }

    private static void survey(int[][] grid, int seed) {
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                grid[row][column] = (row * 31 + column * seed) % 17;
            }
        }
    }
}
