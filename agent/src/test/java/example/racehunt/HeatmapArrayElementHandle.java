package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A heat map whose cells a renderer bumps through an array element {@code VarHandle} in plain mode while a
 * sampler reads the same cells directly: plain modes are plain accesses of the element.
 */
// weft: expect race int[] threads=renderer,sampler
public final class HeatmapArrayElementHandle {

    static final VarHandle CELL = MethodHandles.arrayElementVarHandle(int[].class);

    static final class Heatmap {
        final int[] cells = new int[16];

        void bump(int cell) {
            CELL.set(cells, cell, (int) CELL.get(cells, cell) + 1); // weft: race
        }

        int sample(int cell) {
            return cells[cell]; // weft: race
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
