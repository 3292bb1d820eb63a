package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A payment gateway settles a day's payments on a virtual thread per task: each task fills a mutable settlement
 * object made by the gateway. Half the settlements are read through {@code Future.resultNow()} once
 * {@code state()} says {@code SUCCESS} after a {@code get()}; the other half are read straight from the objects after
 * the executor's try-with-resources {@code close()} returned.
 */
// weft: expect none
public final class PaymentVirtualFanOut {

    static final class Settlement {
        final int payment;
        long feeCents;
        String bank;

        Settlement(int payment) {
            this.payment = payment;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Settlement> settlements = new ArrayList<>();
        List<Future<Settlement>> futures = new ArrayList<>();
        long viaFutures = 0;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int p = 0; p < 100; p++) {
                Settlement settlement = new Settlement(p);
                settlements.add(settlement);
                futures.add(executor.submit(() -> {
                    settlement.feeCents = 30 + settlement.payment % 17;
                    settlement.bank = "bank-" + settlement.payment % 5;
                    return settlement;
                }));
            }
            for (int p = 0; p < futures.size(); p += 2) {
                Future<Settlement> future = futures.get(p);
                future.get();
                if (future.state() != Future.State.SUCCESS) {
                    throw new IllegalStateException("payment " + p + " " + future.state());
                }
                viaFutures += future.resultNow().feeCents;
            }
        }
        long afterClose = 0;
        for (int p = 1; p < settlements.size(); p += 2) {
            Settlement settlement = settlements.get(p);
            afterClose += settlement.feeCents + settlement.bank.length();
        }
        System.out.println("fees " + viaFutures + " + " + afterClose);
    }
}
