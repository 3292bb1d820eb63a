package example.manythreads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@link ManyTasks} with the lock forgotten: the tasks race on the counter. */
// weft: expect race example.manythreads.ManyTasksRace.count threads=task-*
public final class ManyTasksRace {

    private static int count;

    public static void main(String[] args) {
        int tasks = Integer.parseInt(args[0]);
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("task-", 0).factory())) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> {
                    Thread.sleep(1);
                    count++; // weft: race
                    return null;
                });
            }
        }
        System.out.println("count " + count);
    }
}
