package example.racehunt;

/** The fixed twin of {@code LabelBufferNewString}: the formatter and the printer hold the buffer's lock. */
// weft: expect none
public final class LabelBufferNewStringLocked {

    static final char[] LINE = new char[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < LINE.length; i++) {
            LINE[i] = ' ';
        }
        Runnable formatter = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (LINE) {
                    LINE[i % LINE.length] = (char) ('A' + i % 26);
                }
            }
        };
        int[] printed = new int[1];
        Runnable printer = () -> {
            for (int i = 0; i < 100; i++) {
                synchronized (LINE) {
                    printed[0] += new String(LINE).length();
                    printed[0] += String.valueOf(LINE).length();
                }
            }
        };
        Threads.runAll(new String[] {"formatter", "printer"}, formatter, printer);
        System.out.println("printed " + printed[0]);
    }
}
