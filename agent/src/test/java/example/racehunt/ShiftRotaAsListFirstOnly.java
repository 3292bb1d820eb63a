package example.racehunt;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Correct: a greeter takes only the first name of a shift rota through its {@code Arrays.asList} view's iterator,
 * which reads no further, while a planner rewrites the last name (the twin of {@code ShiftRotaAsListIterator}).
 */
// weft: expect none
public final class ShiftRotaAsListFirstOnly {

    static final String[] ROTA = {"ana", "ben", "cho", "dev"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(ROTA);
        Threads.runAll(new String[] {"planner", "greeter"}, () -> {
            for (int i = 0; i < 2000; i++) {
                ROTA[3] = "cover-" + i;
            }
        }, () -> {
            int letters = 0;
            for (int i = 0; i < 500; i++) {
                Iterator<String> names = view.iterator();
                letters += names.next().length();
            }
            System.out.println(letters);
        });
    }
}
