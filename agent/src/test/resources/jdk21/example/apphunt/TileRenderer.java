package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Renders map tiles: on virtual threads of a per-task executor closed by try-with-resources, on those of a
 * per-task executor made from a named {@code Thread.Builder} factory (futures awaited), on platform threads a
 * builder starts (joined), and on an unstarted virtual thread started and joined last.
 */
// weft: expect none
public final class TileRenderer {
    static final class Tile { final int x, y; int[] pixels; String owner; Tile(int x, int y) { this.x = x; this.y = y; } }
    static final class Atlas { final List<Tile> tiles = new ArrayList<>(); int rendered; }

    static void render(Tile t) {
        int[] p = new int[64];
        for (int i = 0; i < p.length; i++) p[i] = (t.x * 31 + t.y * 17 + i) & 0xff;
        t.pixels = p;
        t.owner = Thread.currentThread().getName();
    }

    public static void main(String[] args) throws Exception {
        Atlas atlas = new Atlas();
        for (int x = 0; x < 4; x++) for (int y = 0; y < 4; y++) atlas.tiles.add(new Tile(x, y));
        try (ExecutorService perTask = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Tile t : atlas.tiles.subList(0, 8)) perTask.submit(() -> render(t));
        }
        ThreadFactory named = Thread.ofVirtual().name("tile-", 0).factory();
        List<Future<Tile>> later = new ArrayList<>();
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(named)) {
            for (Tile t : atlas.tiles.subList(8, 12)) later.add(perTask.submit(() -> { render(t); return t; }));
            for (Future<Tile> f : later) atlas.rendered += f.get().pixels.length > 0 ? 1 : 0;
        }
        List<Thread> platform = new ArrayList<>();
        Thread.Builder builder = Thread.ofPlatform().name("edge-", 0);
        for (Tile t : atlas.tiles.subList(12, 16)) platform.add(builder.start(() -> render(t)));
        Thread last = Thread.ofVirtual().unstarted(() -> atlas.rendered += 100);
        for (Thread th : platform) th.join();
        last.start();
        last.join();
        int sum = 0;
        for (Tile t : atlas.tiles) sum += t.pixels[5] + t.owner.length();
        System.out.println(atlas.rendered + " " + sum);
    }
}
