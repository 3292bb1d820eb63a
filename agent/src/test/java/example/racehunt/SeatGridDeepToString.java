package example.racehunt;

import java.util.Arrays;

/** A box office prints the seat grid with {@code Arrays.deepToString} while a booking marks a seat, with no lock. */
// weft: expect race int[] threads=booking,box-office
public final class SeatGridDeepToString {

    public static void main(String[] args) throws InterruptedException {
        int[][] seats = new int[3][4];
        for (int[] row : seats) {
            Arrays.fill(row, 0);
        }
        Threads.runAll(new String[] {"booking", "box-office"},
                () -> seats[1][2] = 1, // weft: race
                () -> System.out.println(Arrays.deepToString(seats))); // weft: race
    }
}
