package example.racehunt;

/**
 * A label printer reuses one {@code char[]} line buffer that the formatter fills character by character; the
 * printer turns it into a {@code String} with {@code new String(chars)}, which reads it inside the JDK, with no lock.
 */
// weft: expect race char[] threads=formatter,printer
public final class LabelBufferNewString {

    static final char[] LINE = new char[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < LINE.length; i++) {
            LINE[i] = ' ';
        }
        Runnable formatter = () -> {
            for (int i = 0; i < 200; i++) {
                LINE[i % LINE.length] = (char) ('A' + i % 26); // weft: race
            }
        };
        int[] printed = new int[1];
        Runnable printer = () -> {
            for (int i = 0; i < 100; i++) {
                printed[0] += new String(LINE).length(); // weft: race
            }
        };
        Threads.runAll(new String[] {"formatter", "printer"}, formatter, printer);
        System.out.println("printed " + printed[0]);
    }
}
