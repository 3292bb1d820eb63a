package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * A map renderer shades its tiles with {@code RecursiveAction}s run by {@code ForkJoinTask.invokeAll(tasks)} inside
 * a root task submitted to a pool; the renderer reads the tiles after {@code ForkJoinTask.get()} of the root.
 */
// weft: expect none
public final class TileShading {

    static final class Tile {
        final int x;
        int shade;
        boolean done;

        Tile(int x) {
            this.x = x;
        }
    }

    static final class Shade extends RecursiveAction {
        private final Tile tile;

        Shade(Tile tile) {
            this.tile = tile;
        }

        @Override
        protected void compute() {
            tile.shade = tile.x * 16 % 255;
            tile.done = true;
        }
    }

    static final class Frame extends RecursiveAction {
        private final List<Tile> tiles;

        Frame(List<Tile> tiles) {
            this.tiles = tiles;
        }

        @Override
        protected void compute() {
            List<Shade> shades = new ArrayList<>();
            for (Tile tile : tiles) {
                shades.add(new Shade(tile));
            }
            ForkJoinTask.invokeAll(shades);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Tile> tiles = new ArrayList<>();
        for (int x = 0; x < 12; x++) {
            tiles.add(new Tile(x));
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        ForkJoinTask<Void> frame = pool.submit(new Frame(tiles));
        frame.get();
        int shaded = 0, sum = 0;
        for (Tile tile : tiles) {
            shaded += tile.done ? 1 : 0;
            sum += tile.shade;
        }
        pool.shutdown();
        System.out.println(shaded + " tiles, shade sum " + sum);
    }
}
