package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** A shift rota's names are printed by iterating its {@code Arrays.asList} view while a planner swaps names in the array. */
// weft: expect race java.lang.String[] threads=planner,printer
public final class ShiftRotaAsListIterator {

    static final String[] ROTA = {"ana", "ben", "cho", "dev"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(ROTA);
        Threads.runAll(new String[] {"planner", "printer"}, () -> {
            for (int i = 0; i < 2000; i++) {
                ROTA[i % 4] = "cover-" + i; // weft: race
            }
        }, () -> {
            int letters = 0;
            for (int i = 0; i < 500; i++) {
                for (String name : view) { // weft: race
                    letters += name.length();
                }
            }
            System.out.println(letters);
        });
    }
}
