package example.racehunt;

import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;

/** A normaliser upper-cases shelf labels through a {@code listIterator} of their {@code Arrays.asList} view while a printer reads the array. */
// weft: expect race java.lang.String[] threads=normaliser,printer
public final class LabelsAsListIteratorSet {

    static final String[] LABELS = {"tea", "jam", "oats", "rice"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(LABELS);
        Threads.runAll(new String[] {"normaliser", "printer"}, () -> {
            for (int round = 0; round < 300; round++) {
                for (ListIterator<String> it = view.listIterator(); it.hasNext(); ) {
                    String label = it.next();
                    it.set(round % 2 == 0 ? label.toUpperCase() : label.toLowerCase()); // weft: race
                }
            }
        }, () -> {
            int letters = 0;
            for (int round = 0; round < 300; round++) {
                for (int i = 0; i < LABELS.length; i++) {
                    letters += LABELS[i].length(); // weft: race
                }
            }
            System.out.println(letters);
        });
    }
}
