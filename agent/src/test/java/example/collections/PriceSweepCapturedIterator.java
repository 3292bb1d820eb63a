package example.collections;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A nightly price sweep splits the work between two threads by letting both pull product codes from one iterator of
 * the catalogue's key set, captured by the sweep's lambda: the two threads step the iterator's cursor with no lock.
 * The iterator is held in no field, so the report names its class.
 */
// weft: expect race java.util.HashMap$KeyIterator threads=sweep-1,sweep-2 collection=java.util.HashMap$KeyIterator
public final class PriceSweepCapturedIterator {

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
                    code = codes.hasNext() ? codes.next() : null; // weft: race
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
