package example.racehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The twin of {@link RosterCopiedIntoPublishedBuffer}: each clerk copies the roster into arrays of its own
 * ({@code toArray(new String[0])}, {@code toArray()}, a name's {@code toCharArray()}), corrects them and hands the
 * printer only the line it made of them.
 */
// weft: expect none
public final class RosterCopiedIntoOwnBuffer {

    static final List<String> ROSTER = new ArrayList<>(List.of("ada", "grace", "edsger"));
    static final BlockingQueue<String> TO_PRINT = new ArrayBlockingQueue<>(2);

    static void copy() {
        String[] names = ROSTER.toArray(new String[0]);
        names[0] = "Ada";
        Object[] all = ROSTER.toArray();
        all[1] = "Grace";
        char[] letters = names[2].toCharArray();
        letters[0] = Character.toUpperCase(letters[0]);
        TO_PRINT.add(names[0] + " " + all[1] + " " + new String(letters));
    }

    static String print() throws InterruptedException {
        return TO_PRINT.take() + " / " + TO_PRINT.take();
    }

    public static void main(String[] args) throws InterruptedException {
        String[] printed = new String[1];
        Threads.runAll(new String[] {"clerk-1", "clerk-2", "printer"}, RosterCopiedIntoOwnBuffer::copy,
                RosterCopiedIntoOwnBuffer::copy, () -> {
                    try {
                        printed[0] = print();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        System.out.println("printed " + printed[0]);
    }
}
