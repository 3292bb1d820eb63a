package example.racehunt;

import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;

/** The fixed twin of {@code LabelsAsListIteratorSet}: the normaliser and the printer take the array's lock. */
// weft: expect none
public final class LabelsAsListIteratorSetLocked {

    static final String[] LABELS = {"tea", "jam", "oats", "rice"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(LABELS);
        Threads.runAll(new String[] {"normaliser", "printer"}, () -> {
            for (int round = 0; round < 300; round++) {
                synchronized (LABELS) {
                    for (ListIterator<String> it = view.listIterator(); it.hasNext(); ) {
                        String label = it.next();
                        it.set(round % 2 == 0 ? label.toUpperCase() : label.toLowerCase());
                    }
                }
            }
        }, () -> {
            int letters = 0;
            for (int round = 0; round < 300; round++) {
                synchronized (LABELS) {
                    for (int i = 0; i < LABELS.length; i++) {
                        letters += LABELS[i].length();
                    }
                }
            }
            System.out.println(letters);
        });
    }
}
