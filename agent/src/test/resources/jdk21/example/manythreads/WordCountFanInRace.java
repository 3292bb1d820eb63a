package example.manythreads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A word count with a virtual thread per document (JDK 21+), as many documents as the first argument says,
 * through {@code invokeAll}: each task counts its document's words into a map of its own, then merges its
 * counts into one {@code ConcurrentHashMap} of 7 words (the fan-in); the futures' totals are added up after.
 * The racy twin of {@link WordCountFanIn}: each task also bumps a plain static count of the documents.
 */
// weft: expect race example.manythreads.WordCountFanInRace.counted threads=unnamed thread #*
public final class WordCountFanInRace {

    private static int counted;

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"};

    public static void main(String[] args) throws Exception {
        int documents = Integer.parseInt(args[0]);
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            String document = document(d);
            tasks.add(() -> {
                Map<String, Integer> own = new HashMap<>();
                for (String word : document.split(" ")) {
                    own.merge(word, 1, Integer::sum);
                }
                own.forEach((word, n) -> counts.merge(word, n, Integer::sum));
                counted++; // weft: race
                return own.size();
            });
        }
        long distinct = 0;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> future : executor.invokeAll(tasks)) {
                distinct += future.get();
            }
        }
        int words = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("words " + words + " distinct per document " + distinct);
    }

    private static String document(int d) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 20; w++) {
            text.append(WORDS[(d + w * w) % WORDS.length]).append(' ');
        }
        return text.toString();
    }
}
