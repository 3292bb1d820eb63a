package example.apphunt;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A map tile renderer: tiles (plain pixel arrays) are rendered by pool tasks through an
 * {@code ExecutorCompletionService} given a {@code LinkedBlockingQueue} of the program's; the compositor polls the
 * service with {@code poll()} (no wait), spinning until each tile is done, and copies the tile's pixels into the map.
 */
// weft: expect none
public final class RenderQueueCompletionPoll {

    static final class Tile {
        final int x;
        final int y;
        final int[] pixels = new int[64];

        Tile(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService renderers = Executors.newFixedThreadPool(3, new NamedThreads("renderer"));
        LinkedBlockingQueue<Future<Tile>> finished = new LinkedBlockingQueue<>();
        ExecutorCompletionService<Tile> service = new ExecutorCompletionService<>(renderers, finished);
        int side = 4;
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                Tile tile = new Tile(x, y);
                service.submit(() -> {
                    for (int p = 0; p < tile.pixels.length; p++) {
                        tile.pixels[p] = (tile.x * 31 + tile.y * 17 + p) & 0xff;
                    }
                    return tile;
                });
            }
        }
        int[][] map = new int[side * side][];
        for (int composed = 0; composed < side * side; ) {
            Future<Tile> done = service.poll();
            if (done == null) {
                Thread.onSpinWait();
                continue;
            }
            Tile tile = done.get();
            map[tile.x * side + tile.y] = tile.pixels.clone();
            composed++;
        }
        renderers.shutdown();
        long ink = 0;
        for (int[] tile : map) {
            for (int pixel : tile) {
                ink += pixel;
            }
        }
        System.out.println("map ink " + ink + ", queue left " + finished.size());
    }
}
