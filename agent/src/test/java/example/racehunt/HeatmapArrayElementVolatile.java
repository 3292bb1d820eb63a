package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The twin of {@code HeatmapArrayElementHandle}: the renderer adds atomically and the sampler reads in volatile mode. */
// weft: expect none
public final class HeatmapArrayElementVolatile {

    static final VarHandle CELL = MethodHandles.arrayElementVarHandle(int[].class);

    static final class Heatmap {
        final int[] cells = new int[16];

        void bump(int cell) {
            CELL.getAndAdd(cells, cell, 1);
        }

        int sample(int cell) {
            return (int) CELL.getVolatile(cells, cell);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Heatmap map = new Heatmap();
        Runnable renderer = () -> {
            for (int i = 0; i < 300; i++) {
                map.bump(7);
            }
        };
        long[] sampled = new long[1];
        Runnable sampler = () -> {
            for (int i = 0; i < 300; i++) {
                sampled[0] += map.sample(7);
            }
        };
        Threads.runAll(new String[] {"renderer", "sampler"}, renderer, sampler);
        System.out.println("sampled " + sampled[0]);
    }
}
