package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A two-stage pipeline: the parse stage hands each parsed record to the write stage's executor. {@code main} shuts
 * both stages down in the wrong order: the write stage first, so a record the parse stage hands over after that is
 * rejected ({@code RejectedExecutionException} in the parse stage's thread), an order violation.
 */
// weft: expect failure
public final class StageShutdownEarly {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService parse = Executors.newSingleThreadExecutor(named("parse"));
        ExecutorService write = Executors.newSingleThreadExecutor(named("write"));
        parse.execute(() -> {
            String record = "id=7".substring(3);
            write.execute(() -> System.out.println("wrote record " + record));
        });
        write.shutdown(); // the bug: the parse stage may still hand over a record
        parse.shutdown();
        parse.awaitTermination(10, TimeUnit.SECONDS);
        write.awaitTermination(10, TimeUnit.SECONDS);
    }

    static java.util.concurrent.ThreadFactory named(String name) {
        return task -> new Thread(task, name);
    }
}
