package example.apphunt;

import java.util.concurrent.Phaser;

/**
 * Warehouse picking waves on a {@code Phaser}: each picker fills its own bin counts in a wave, then
 * {@code arriveAndAwaitAdvance}; in the next wave it also reads its neighbour's counts from the previous wave. An
 * observer that is not registered waits for each wave with {@code awaitAdvance} and reads every bin of that wave.
 */
// weft: expect none
public final class WarehousePhaserObserver {

    static final int PICKERS = 3;
    static final int WAVES = 4;

    public static void main(String[] args) throws Exception {
        int[][] picked = new int[WAVES][PICKERS];
        Phaser waves = new Phaser(PICKERS);
        long[] seen = new long[WAVES];
        Thread observer = new Thread(() -> {
            for (int wave = 0; wave < WAVES; wave++) {
                waves.awaitAdvance(wave);
                for (int p = 0; p < PICKERS; p++) {
                    seen[wave] += picked[wave][p];
                }
            }
        }, "observer");
        observer.start();
        Thread[] pickers = new Thread[PICKERS];
        for (int p = 0; p < PICKERS; p++) {
            int me = p;
            pickers[p] = new Thread(() -> {
                for (int wave = 0; wave < WAVES; wave++) {
                    int carried = wave == 0 ? 0 : picked[wave - 1][(me + 1) % PICKERS];
                    picked[wave][me] = 10 + me + wave + carried % 3;
                    waves.arriveAndAwaitAdvance();
                }
                waves.arriveAndDeregister();
            }, "picker-" + p);
            pickers[p].start();
        }
        for (Thread picker : pickers) {
            picker.join();
        }
        observer.join();
        long total = 0;
        for (long wave : seen) {
            total += wave;
        }
        System.out.println("picked " + total + " over " + WAVES + " waves");
    }
}
