package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SubmissionPublisher;

/**
 * A morning digest from a news feed: the feed is a {@code SubmissionPublisher} whose {@code consume(..)}
 * collects the headlines in the feed's executor, one after another; the editor closes the feed and
 * adds the digest's closing line. It does not wait for the future {@code consume} returned, so the consumer
 * may still be adding headlines.
 */
// weft: expect race example.apphunt.NewsDigest.headlines threads=main,digest collection=java.util.ArrayList
public final class NewsDigest {
    static final List<String> headlines = new ArrayList<>();

    record Article(String desk, String title) { }

    public static void main(String[] args) throws Exception {
        ExecutorService desk = Executors.newSingleThreadExecutor(task -> new Thread(task, "digest"));
        CompletableFuture<Void> collected;
        try (SubmissionPublisher<Article> feed = new SubmissionPublisher<>(desk, 64)) {
            collected = feed.consume(article -> {
                headlines.add(article.desk() + ": " + article.title()); // weft: race
                pause();
            });
            for (int i = 0; i < 40; i++) {
                feed.submit(new Article(i % 2 == 0 ? "world" : "sports", "story " + i));
            }
        }
        headlines.add("-- end of digest --"); // weft: race
        collected.get();
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
