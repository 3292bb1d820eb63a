package example.racehunt;

import java.util.Arrays;
import java.util.List;

/**
 * Correct: a booking page reads the front row through a {@code subList} of a seat map's {@code Arrays.asList} view
 * while a clerk assigns only back-row seats, which the sublist does not hold (the twin of {@code SeatMapSubListGet}).
 */
// weft: expect none
public final class SeatMapSubListDisjoint {

    static final String[] SEATS = {"free", "free", "free", "free", "free", "free"};

    public static void main(String[] args) throws InterruptedException {
        List<String> frontRow = Arrays.asList(SEATS).subList(0, 3);
        Threads.runAll(new String[] {"clerk", "page"}, () -> {
            for (int i = 0; i < 2000; i++) {
                SEATS[4] = "guest-" + i;
            }
        }, () -> {
            int taken = 0;
            for (int i = 0; i < 2000; i++) {
                taken += frontRow.toString().length() + frontRow.get(2).length();
            }
            System.out.println(taken);
        });
    }
}
