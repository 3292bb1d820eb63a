package example.racehunt;

/** Two loggers remember the last character they logged in the one element of a shared char[]. */
// weft: expect race char[] threads=logger-1,logger-2
public final class LastCharSlot {

    private final char[] last = new char[1];

    void log(char c) {
        last[0] = c; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        LastCharSlot log = new LastCharSlot();
        Threads.runAll(new String[] {"logger-1", "logger-2"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        log.log('a');
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        log.log('b');
                    }
                });
        System.out.println("last " + log.last[0]);
    }
}
