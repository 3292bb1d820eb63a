package example.collections;

/** Two threads append lines to one StringBuilder. */
// weft: expect race example.collections.StringBuilderLog.log threads=logger-1,logger-2 collection=java.lang.StringBuilder
public final class StringBuilderLog {

    private final StringBuilder log = new StringBuilder();

    void line(String who, int i) {
        log.append(who).append(' ').append(i).append('\n'); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        StringBuilderLog logger = new StringBuilderLog();
        Runnable task = () -> {
            for (int i = 0; i < 50; i++) {
                logger.line(Thread.currentThread().getName(), i);
            }
        };
        Threads.runAll(new String[] {"logger-1", "logger-2"}, task, task);
        System.out.println(logger.log.length() + " characters");
    }
}
