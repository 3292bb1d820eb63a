package example.collections;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The twin of {@link PriceSweepCapturedIterator}: the sweep steps the shared iterator holding its lock. */
// weft: expect none
public final class PriceSweepLockedIterator {

    public static void main(String[] args) throws InterruptedException {
        Map<String, Integer> catalogue = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            catalogue.put("sku-" + i, 100 + i % 37);
        }
        Iterator<String> codes = catalogue.keySet().iterator();
        LongAdder swept = new LongAdder();
        Runnable sweep = () -> {
            while (true) {
                String code;
                try {
                    synchronized (codes) {
                        code = codes.hasNext() ? codes.next() : null;
                    }
                } catch (RuntimeException takenMeanwhile) {
                    code = null;
                }
                if (code == null) {
                    return;
                }
                swept.add(code.length());
            }
        };
        Threads.runAll(new String[] {"sweep-1", "sweep-2"}, sweep, sweep);
        System.out.println("swept " + swept.sum());
    }
}
