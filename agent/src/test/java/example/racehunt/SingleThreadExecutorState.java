package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** State confined to a single-thread executor: every task runs in its one thread; main reads after the last get. */
// weft: expect none
public final class SingleThreadExecutorState {

    private static final StringBuilder LOG = new StringBuilder();
    private static int entries;

    public static void main(String[] args) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> last = null;
        for (int i = 0; i < 20; i++) {
            int n = i;
            last = writer.submit(() -> {
                LOG.append(n).append(' ');
                entries++;
            });
        }
        last.get();
        System.out.println(entries + " entries, " + LOG.length() + " chars");
        writer.shutdown();
    }
}
