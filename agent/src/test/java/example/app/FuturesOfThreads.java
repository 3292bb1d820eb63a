package example.app;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
/** The main thread gets the result of a FutureTask a thread runs, and joins a CompletableFuture another completes. */
public final class FuturesOfThreads {
    public static void main(String[] args) throws Exception {
        FutureTask<Integer> task = new FutureTask<>(() -> 20 + 1);
        CompletableFuture<Integer> later = new CompletableFuture<>();
        Thread runner = new Thread(task, "runner");
        Thread completer = new Thread(() -> later.complete(21), "completer");
        runner.start();
        completer.start();
        int sum = task.get() + later.join() + later.get(1, TimeUnit.HOURS);
        runner.join();
        completer.join();
        System.out.println("sum " + sum);
    }
}
