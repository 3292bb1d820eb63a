package example.racehunt;

/** The twin of {@code LabelBufferGetChars}: the formatter and the printer hold the buffer's lock. */
// weft: expect none
public final class LabelBufferGetCharsLocked {

    static final char[] LINE = new char[16];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < LINE.length; i++) {
            LINE[i] = ' ';
        }
        Runnable formatter = () -> {
            for (int i = 0; i < 200; i++) {
                String label = "PARCEL-" + (1000 + i);
                synchronized (LINE) {
                    label.getChars(0, label.length(), LINE, 0);
                }
            }
        };
        int[] printed = new int[1];
        Runnable printer = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (LINE) {
                    printed[0] += LINE[3];
                }
            }
        };
        Threads.runAll(new String[] {"formatter", "printer"}, formatter, printer);
        System.out.println("printed " + printed[0]);
    }
}
