package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SubmissionPublisher;

/**
 * {@link NewsDigest} fixed: the editor waits for the future {@code consume} returned, which completes after
 * the consumer's last headline, before it adds the closing line.
 */
// weft: expect none
public final class NewsDigestFixed {
    static final List<String> headlines = new ArrayList<>();

    record Article(String desk, String title) { }

    public static void main(String[] args) throws Exception {
        ExecutorService desk = Executors.newSingleThreadExecutor(task -> new Thread(task, "digest"));
        CompletableFuture<Void> collected;
        try (SubmissionPublisher<Article> feed = new SubmissionPublisher<>(desk, 64)) {
            collected = feed.consume(article -> {
                headlines.add(article.desk() + ": " + article.title());
                pause();
            });
            for (int i = 0; i < 40; i++) {
                feed.submit(new Article(i % 2 == 0 ? "world" : "sports", "story " + i));
            }
        }
        collected.get();
        headlines.add("-- end of digest --");
        desk.shutdown();
        System.out.println(headlines.size() + " lines");
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
