package example.apphunt;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * A text pipeline: a reader splits lines into words, a normalizer lower-cases them, a counter fills a
 * histogram of word lengths; each stage hands on through a bounded queue and ends on a poison pill. The
 * report waits for the reader's latch, not for the last stage, and reads the histogram too early.
 */
// weft: expect race int[] threads=stage-count,main
public final class StagePipeline {

    private static final String POISON = "\u0000";

    abstract static class Stage extends Thread {
        final BlockingQueue<String> in;
        final BlockingQueue<String> out;

        Stage(String name, BlockingQueue<String> in, BlockingQueue<String> out) {
            super(name);
            this.in = in;
            this.out = out;
        }

        abstract void accept(String item) throws InterruptedException;

        @Override
        public void run() {
            try {
                for (String item = in.take(); !item.equals(POISON); item = in.take()) {
                    accept(item);
                }
                if (out != null) {
                    out.put(POISON);
                }
            } catch (InterruptedException e) {
                interrupt();
            }
        }
    }

    static final class Histogram {
        final int[] byLength = new int[16];

        void add(String word) {
            byLength[Math.min(word.length(), 15)]++; // weft: race
        }

        String render() {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i < byLength.length; i++) {
                text.append(i).append(':').append(byLength[i]).append(' '); // weft: race
            }
            return text.toString();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> lines = List.of("The quick brown fox", "jumps over the lazy dog", "Pack my box with five dozen liquor jugs");
        BlockingQueue<String> lineQueue = new ArrayBlockingQueue<>(4);
        BlockingQueue<String> words = new ArrayBlockingQueue<>(4);
        BlockingQueue<String> normalized = new ArrayBlockingQueue<>(4);
        Histogram histogram = new Histogram();
        CountDownLatch readerDone = new CountDownLatch(1);
        Stage splitter = new Stage("stage-split", lineQueue, words) {
            @Override
            void accept(String line) throws InterruptedException {
                for (String word : line.split(" ")) {
                    out.put(word);
                }
            }
        };
        Stage normalizer = new Stage("stage-normalize", words, normalized) {
            @Override
            void accept(String word) throws InterruptedException {
                out.put(word.toLowerCase());
            }
        };
        Stage counter = new Stage("stage-count", normalized, null) {
            @Override
            void accept(String word) {
                histogram.add(word);
            }
        };
        for (Stage stage : Arrays.asList(splitter, normalizer, counter)) {
            stage.start();
        }
        Thread reader = new Thread(() -> {
            try {
                for (String line : lines) {
                    lineQueue.put(line);
                }
                lineQueue.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readerDone.countDown();
        }, "reader");
        reader.start();
        readerDone.await();
        System.out.println(histogram.render());
        counter.join();
    }
}
