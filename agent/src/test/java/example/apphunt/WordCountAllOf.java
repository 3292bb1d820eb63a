package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A map-reduce word count: each chunk of a document is counted into a {@code HashMap} of its own by a
 * {@code supplyAsync} task on an executor; {@code CompletableFuture.allOf(..).thenApply(..)} merges the maps (reading
 * each through {@code join}) in whichever thread completes last, and {@code main} reads the merged map after
 * {@code join}.
 */
// weft: expect none
public final class WordCountAllOf {

    public static void main(String[] args) {
        List<String> chunks = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                text.append(w % (c + 3) == 0 ? "stock " : "order ").append(w % 7 == 0 ? "late " : "");
            }
            chunks.add(text.toString());
        }
        ExecutorService mappers = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Map<String, Integer>>> counts = new ArrayList<>();
        for (String chunk : chunks) {
            counts.add(CompletableFuture.supplyAsync(() -> {
                Map<String, Integer> count = new HashMap<>();
                for (String word : chunk.split(" ")) {
                    count.merge(word, 1, Integer::sum);
                }
                return count;
            }, mappers));
        }
        Map<String, Integer> total = CompletableFuture.allOf(counts.toArray(new CompletableFuture<?>[0])).thenApply(done -> {
            Map<String, Integer> merged = new HashMap<>();
            for (CompletableFuture<Map<String, Integer>> count : counts) {
                count.join().forEach((word, n) -> merged.merge(word, n, Integer::sum));
            }
            return merged;
        }).join();
        mappers.shutdown();
        System.out.println(total);
    }
}
