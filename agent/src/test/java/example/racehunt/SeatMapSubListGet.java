package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** A booking page reads the front row through a {@code subList} of a seat map's {@code Arrays.asList} view while a clerk assigns a front seat. */
// weft: expect race java.lang.String[] threads=clerk,page
public final class SeatMapSubListGet {

    static final String[] SEATS = {"free", "free", "free", "free", "free", "free"};

    public static void main(String[] args) throws InterruptedException {
        List<String> frontRow = Arrays.asList(SEATS).subList(0, 3);
        Threads.runAll(new String[] {"clerk", "page"}, () -> {
            for (int i = 0; i < 2000; i++) {
                SEATS[1] = "guest-" + i; // weft: race
            }
        }, () -> {
            int taken = 0;
            for (int i = 0; i < 2000; i++) {
                taken += frontRow.get(1).equals("free") ? 0 : 1; // weft: race
            }
            System.out.println(taken);
        });
    }
}
