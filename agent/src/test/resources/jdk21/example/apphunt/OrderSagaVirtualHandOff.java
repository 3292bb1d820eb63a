package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An order saga on virtual threads: for each of 40 orders a coordinator (a virtual thread of a thread-per-task
 * executor) submits the reserve step to a second virtual-thread executor, waits for its future, hands the mutable
 * saga record to the payment step the same way, and compensates in a third step when payment fails; both executors are
 * closed by try-with-resources, after which {@code main} reads every saga.
 */
// weft: expect none
public final class OrderSagaVirtualHandOff {

    static final class Saga {
        final int order;
        String reservation;
        boolean paid;
        String compensation = "";

        Saga(int order) {
            this.order = order;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Saga> sagas = new ArrayList<>();
        for (int o = 0; o < 40; o++) {
            sagas.add(new Saga(o));
        }
        try (ExecutorService coordinators = Executors.newVirtualThreadPerTaskExecutor();
             ExecutorService steps = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("step-", 0).factory())) {
            for (Saga saga : sagas) {
                coordinators.submit(() -> {
                    Future<Saga> reserved = steps.submit(() -> {
                        saga.reservation = "R-" + saga.order;
                        return saga;
                    });
                    Saga afterReserve = reserved.get();
                    Future<Boolean> paid = steps.submit(() -> afterReserve.paid = afterReserve.order % 7 != 3);
                    if (!paid.get()) {
                        steps.submit(() -> saga.compensation = "release " + saga.reservation).get();
                    }
                    return null;
                });
            }
        }
        int paid = 0;
        int compensated = 0;
        for (Saga saga : sagas) {
            paid += saga.paid ? 1 : 0;
            compensated += saga.compensation.isEmpty() ? 0 : 1;
        }
        System.out.println(paid + " paid, " + compensated + " compensated");
    }
}
