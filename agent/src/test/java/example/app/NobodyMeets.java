package example.app;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
/** A worker awaits a barrier of two parties nobody else reaches; the main thread exchanges with nobody. */
public final class NobodyMeets {
    public static void main(String[] args) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Exchanger<String> exchanger = new Exchanger<>();
        Thread worker = new Thread(() -> {
            try {
                barrier.await();
            } catch (Exception e) { return; }
        }, "worker");
        worker.start();
        System.out.println(exchanger.exchange("hello"));
        worker.join();
    }
}
