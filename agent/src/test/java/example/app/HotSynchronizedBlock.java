package example.app;

/**
 * A hot loop around a {@code synchronized} block, long enough for the JIT's top tier to compile it: under
 * weft it must still be compiled (HotSpot refuses methods whose monitors it cannot prove balanced).
 */
public final class HotSynchronizedBlock {

    private static final Object LOCK = new Object();
    private static long counter;

    private HotSynchronizedBlock() { }

    static void bump() {
        synchronized (LOCK) {
            counter++;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3_000_000; i++) {
            bump();
        }
        System.out.println(counter);
    }
}
