package example.racehunt;

/**
 * A label printer reuses one {@code char[]} line buffer: the formatter copies text into it with
 * {@code String.getChars} while the printer thread reads characters out of it, with no lock.
 */
// weft: expect race char[] threads=formatter,printer
public final class LabelBufferGetChars {

    static final char[] LINE = new char[16];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < LINE.length; i++) {
            LINE[i] = ' ';
        }
        Runnable formatter = () -> {
            for (int i = 0; i < 200; i++) {
                String label = "PARCEL-" + (1000 + i);
                label.getChars(0, label.length(), LINE, 0); // weft: race
            }
        };
        int[] printed = new int[1];
        Runnable printer = () -> {
            for (int i = 0; i < 200; i++) {
                printed[0] += LINE[3]; // weft: race
            }
        };
        Threads.runAll(new String[] {"formatter", "printer"}, formatter, printer);
        System.out.println("printed " + printed[0]);
    }
}
