package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A map renderer draws tiles on a work-stealing pool ({@code Executors.newWorkStealingPool}) with {@code invokeAll}:
 * each tile task fills a pixel array of a tile object made by the renderer, and the renderer stitches the tiles after
 * {@code invokeAll} returned, reading each through its {@code Future}.
 */
// weft: expect none
public final class ImageTilesWorkStealing {

    static final class Tile {
        final int x;
        final int y;
        final int[] pixels = new int[32 * 32];
        int water;

        Tile(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newWorkStealingPool(3);
        List<Callable<Tile>> tiles = new ArrayList<>();
        for (int x = 0; x < 6; x++) {
            for (int y = 0; y < 4; y++) {
                Tile tile = new Tile(x, y);
                tiles.add(() -> {
                    for (int p = 0; p < tile.pixels.length; p++) {
                        int height = (tile.x * 32 + p % 32) * 7 + (tile.y * 32 + p / 32) * 3;
                        tile.pixels[p] = height % 256;
                        tile.water += tile.pixels[p] < 60 ? 1 : 0;
                    }
                    return tile;
                });
            }
        }
        long stitched = 0;
        int water = 0;
        for (Future<Tile> rendered : pool.invokeAll(tiles)) {
            Tile tile = rendered.get();
            water += tile.water;
            for (int pixel : tile.pixels) {
                stitched += pixel;
            }
        }
        pool.shutdown();
        System.out.println(tiles.size() + " tiles, " + water + " water pixels, checksum " + stitched);
    }
}
