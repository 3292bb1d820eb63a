package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Twin of {@link StageShutdownEarly}: the parse stage is shut down and drained before the write stage (until it has
 * terminated: a timed {@code awaitTermination} may return before, and the model lets it).
 */
// weft: expect none
public final class StageShutdownInOrder {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService parse = Executors.newSingleThreadExecutor(named("parse"));
        ExecutorService write = Executors.newSingleThreadExecutor(named("write"));
        parse.execute(() -> {
            String record = "id=7".substring(3);
            write.execute(() -> System.out.println("wrote record " + record));
        });
        parse.shutdown();
        while (!parse.awaitTermination(10, TimeUnit.SECONDS)) {
            System.out.println("still parsing");
        }
        write.shutdown();
        write.awaitTermination(10, TimeUnit.SECONDS);
    }

    static java.util.concurrent.ThreadFactory named(String name) {
        return task -> new Thread(task, name);
    }
}
