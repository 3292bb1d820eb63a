package example.racehunt;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A roster's names are copied with {@code toArray(buffer)}, whose result looks like a new array; but the list fits
 * the buffer, so the call returns the buffer itself, which the clerk then hands to a printer: the clerk's later
 * correction of the "copy" races with the printer's read (cost20: {@code toArray(a)} may return {@code a}).
 */
// weft: expect race java.lang.String[] threads=clerk,printer
public final class RosterCopiedIntoPublishedBuffer {

    static final List<String> ROSTER = List.of("ada", "grace", "edsger");
    static final BlockingQueue<String[]> TO_PRINT = new ArrayBlockingQueue<>(1);

    static void copy() {
        String[] buffer = new String[4];
        String[] names = ROSTER.toArray(buffer);
        TO_PRINT.add(buffer);
        names[0] = "Ada"; // weft: race
    }

    static String print() throws InterruptedException {
        String[] names = TO_PRINT.take();
        return String.valueOf(names[0]); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        String[] printed = new String[1];
        Threads.runAll(new String[] {"clerk", "printer"}, RosterCopiedIntoPublishedBuffer::copy, () -> {
            try {
                printed[0] = print();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("printed " + printed[0]);
    }
}
