package example.racehunt;

/** The fixed twin of {@code XorShiftSharedGenerator}: each client thread draws from a generator of its own, in a {@code ThreadLocal}. */
// weft: expect none
public final class XorShiftPerThreadGenerator {

    static final class XorShift {
        private long state = 0x9E3779B97F4A7C15L;

        int next(int bound) {
            long x = state;
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            state = x;
            return (int) Math.floorMod(x, (long) bound);
        }
    }

    static final ThreadLocal<XorShift> JITTER = ThreadLocal.withInitial(XorShift::new);

    public static void main(String[] args) throws InterruptedException {
        long[] waits = new long[2];
        Threads.runAll(new String[] {"client-1", "client-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                waits[0] += JITTER.get().next(100);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                waits[1] += JITTER.get().next(100);
            }
        });
        System.out.println(waits[0] + waits[1]);
    }
}
