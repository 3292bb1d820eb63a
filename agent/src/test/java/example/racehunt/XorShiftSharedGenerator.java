package example.racehunt;

/** A hand-written xorshift generator, kept in a static for speed, draws jitter for two retrying clients. */
// weft: expect race example.racehunt.XorShiftSharedGenerator$XorShift.state threads=client-1,client-2
public final class XorShiftSharedGenerator {

    static final class XorShift {
        private long state = 0x9E3779B97F4A7C15L;

        int next(int bound) {
            long x = state; // weft: race
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            state = x; // weft: race
            return (int) Math.floorMod(x, (long) bound);
        }
    }

    static final XorShift JITTER = new XorShift();

    public static void main(String[] args) throws InterruptedException {
        long[] waits = new long[2];
        Threads.runAll(new String[] {"client-1", "client-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                waits[0] += JITTER.next(100);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                waits[1] += JITTER.next(100);
            }
        });
        System.out.println(waits[0] + waits[1]);
    }
}
