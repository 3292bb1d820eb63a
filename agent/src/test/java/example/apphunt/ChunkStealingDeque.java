package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * An image converter splits a batch into chunks on {@code ConcurrentLinkedDeque}s, one per worker: each worker
 * takes its own chunks from the tail and steals from the head of the others' when it runs out; a chunk's result
 * is written by whoever converted it and read by the main thread after it joined the workers.
 */
// weft: expect none
public final class ChunkStealingDeque {

    static final class Chunk {
        final int first;
        final int count;
        long converted;
        String by;

        Chunk(int first, int count) {
            this.first = first;
            this.count = count;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int workers = 3;
        List<ConcurrentLinkedDeque<Chunk>> deques = new ArrayList<>();
        List<Chunk> all = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            ConcurrentLinkedDeque<Chunk> deque = new ConcurrentLinkedDeque<>();
            for (int c = 0; c < (w + 1) * 20; c++) {
                Chunk chunk = new Chunk(all.size() * 100, 100);
                all.add(chunk);
                deque.addLast(chunk);
            }
            deques.add(deque);
        }
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            Thread t = new Thread(() -> {
                while (true) {
                    Chunk chunk = deques.get(me).pollLast();
                    for (int other = 0; chunk == null && other < workers; other++) {
                        chunk = deques.get(other).pollFirst();
                    }
                    if (chunk == null) {
                        return;
                    }
                    long sum = 0;
                    for (int px = chunk.first; px < chunk.first + chunk.count; px++) {
                        sum += (px * 2654435761L) >>> 24;
                    }
                    chunk.converted = sum;
                    chunk.by = Thread.currentThread().getName();
                }
            }, "converter-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long total = 0;
        for (Chunk chunk : all) {
            total += chunk.converted + chunk.by.length();
        }
        System.out.println(all.size() + " chunks, " + total);
    }
}
