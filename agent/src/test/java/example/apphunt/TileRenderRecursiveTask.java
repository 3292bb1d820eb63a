package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;

/**
 * A map renderer splits a region into tiles with a {@code RecursiveTask}: each task forks its left half, computes its
 * right half itself, joins the left, and records the tiles it rendered in its own fields; a region of four parts
 * uses {@code invokeAll(collection)}. The caller submits the root to its own pool, waits with {@code get()}, then walks
 * the tree of tasks reading what every subtask stored.
 */
// weft: expect none
public final class TileRenderRecursiveTask {

    static final class Tile {
        final int x;
        final int y;
        int[] pixels;

        Tile(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    static final class Render extends RecursiveTask<Integer> {
        final List<Tile> tiles;
        final List<Render> children = new ArrayList<>();
        int rendered;
        String by;

        Render(List<Tile> tiles) {
            this.tiles = tiles;
        }

        @Override
        protected Integer compute() {
            by = Thread.currentThread().getName();
            if (tiles.size() <= 2) {
                for (Tile tile : tiles) {
                    tile.pixels = new int[16];
                    for (int p = 0; p < tile.pixels.length; p++) {
                        tile.pixels[p] = tile.x * 31 + tile.y + p;
                    }
                    rendered++;
                }
                return rendered;
            }
            if (tiles.size() >= 8) {
                int quarter = tiles.size() / 4;
                for (int q = 0; q < 4; q++) {
                    children.add(new Render(tiles.subList(q * quarter, q == 3 ? tiles.size() : (q + 1) * quarter)));
                }
                for (Render child : ForkJoinTask.invokeAll(children)) {
                    rendered += child.join();
                }
                return rendered;
            }
            Render left = new Render(tiles.subList(0, tiles.size() / 2));
            Render right = new Render(tiles.subList(tiles.size() / 2, tiles.size()));
            children.add(left);
            children.add(right);
            left.fork();
            rendered = right.compute() + left.join();
            return rendered;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Tile> tiles = new ArrayList<>();
        for (int x = 0; x < 6; x++) {
            for (int y = 0; y < 6; y++) {
                tiles.add(new Tile(x, y));
            }
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        Render root = new Render(tiles);
        int count = pool.submit(root).get();
        long checksum = 0;
        List<Render> walk = new ArrayList<>(List.of(root));
        int tasks = 0;
        while (!walk.isEmpty()) {
            Render task = walk.remove(walk.size() - 1);
            tasks++;
            checksum += task.rendered + task.by.length();
            walk.addAll(task.children);
        }
        for (Tile tile : tiles) {
            checksum += tile.pixels[15];
        }
        pool.shutdown();
        System.out.println(count + " tiles by " + tasks + " tasks, checksum " + checksum);
    }
}
