package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Word statistics kept in a {@code ConcurrentHashMap} of mutable entries updated with {@code compute} and
 * {@code merge}, and a lock-free log pushed with {@code AtomicReference.updateAndGet}.
 *
 * <p>{@code counter-1} and {@code counter-2} count the same words at the same time. An entry is created
 * and updated only inside the map's own functions: {@code computeIfAbsent} builds it, {@code compute}
 * bumps its plain {@code count}, {@code merge} adds to its plain {@code letters}. The map runs each
 * function for a key atomically, and publishes what it did to the next function and the next
 * {@code get} of that key. Each thread also pushes a {@code LogEntry} with plain fields, built inside
 * {@code updateAndGet}'s function, onto an atomic list head; {@code main} walks the list after joining the
 * threads, and each thread walks it while the other pushes. Those functions run <em>inside</em> the calls, so
 * what they write comes after the caller entered the call: a model that only orders what happens before
 * and after each call wrongly reports races between the functions of two threads.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Two threads update mutable map entries only inside ConcurrentHashMap compute/merge functions,"
                + " and push nodes built inside AtomicReference.updateAndGet: no race.",
        expect = "none",
        twin = "RacyHashMapSwap")
public final class ComputeHandOff {

    private ComputeHandOff() {
    }

    /** Statistics of one word: plain fields, touched only inside the map's functions. */
    static final class WordStats {
        final String word;
        int count;
        int letters;

        WordStats(String word) {
            this.word = word;
        }
    }

    /** One entry of a lock-free log: built inside {@code updateAndGet}, read by whoever walks the log. */
    static final class LogEntry {
        String text;
        LogEntry previous;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, WordStats> stats = new ConcurrentHashMap<>();
        AtomicReference<LogEntry> log = new AtomicReference<>();
        String[] words = {"lorem", "ipsum", "dolor", "sit", "amet", "lorem", "dolor", "lorem"};
        Runnable count = () -> {
            for (int round = 0; round < 200; round++) {
                for (String word : words) {
                    stats.computeIfAbsent(word, WordStats::new);
                    stats.compute(word, (w, s) -> {
                        s.count++;
                        return s;
                    });
                    stats.merge(word, new WordStats(word), (s, ignored) -> {
                        s.letters += s.word.length();
                        return s;
                    });
                }
                String who = Thread.currentThread().getName();
                log.updateAndGet(previous -> {
                    LogEntry entry = new LogEntry();
                    entry.text = who + " finished a round";
                    entry.previous = previous;
                    return entry;
                });
                int length = 0;
                for (LogEntry e = log.get(); e != null; e = e.previous) {
                    length += e.text.length();
                }
                if (length == 0) {
                    throw new IllegalStateException("the log lost its entries");
                }
            }
        };
        Thread counter1 = new Thread(count, "counter-1");
        Thread counter2 = new Thread(count, "counter-2");
        counter1.start();
        counter2.start();
        counter1.join();
        counter2.join();
        int entries = 0;
        for (LogEntry e = log.get(); e != null; e = e.previous) {
            entries++;
        }
        WordStats lorem = stats.get("lorem");
        System.out.println("lorem: " + lorem.count + " times, " + lorem.letters + " letters; " + entries + " log entries");
    }
}
