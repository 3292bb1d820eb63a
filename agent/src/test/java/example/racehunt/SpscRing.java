package example.racehunt;

/**
 * A single-producer single-consumer ring buffer: plain elements, a volatile tail written by the producer
 * after it fills a slot, a volatile head written by the consumer after it empties one.
 */
// weft: expect none
public final class SpscRing {

    private final long[] slots = new long[8];
    private volatile int head;
    private volatile int tail;

    boolean offer(long value) {
        int t = tail;
        if (t - head == slots.length) {
            return false;
        }
        slots[t % slots.length] = value;
        tail = t + 1;
        return true;
    }

    long poll() {
        int h = head;
        if (h == tail) {
            return -1;
        }
        long value = slots[h % slots.length];
        head = h + 1;
        return value;
    }

    public static void main(String[] args) throws InterruptedException {
        SpscRing ring = new SpscRing();
        Runnable producer = () -> {
            for (long v = 1; v <= 500; v++) {
                while (!ring.offer(v)) {
                    Thread.onSpinWait();
                }
            }
        };
        Runnable consumer = () -> {
            long sum = 0;
            for (int n = 0; n < 500; ) {
                long v = ring.poll();
                if (v >= 0) {
                    sum += v;
                    n++;
                } else {
                    Thread.onSpinWait();
                }
            }
            System.out.println("sum " + sum);
        };
        Threads.runAll(new String[] {"producer", "consumer"}, producer, consumer);
    }
}
