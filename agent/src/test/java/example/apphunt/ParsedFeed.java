package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

/**
 * {@link ParsedFeedFixed}'s feed with a parser that stamps each record's sequence number after it submitted the
 * record (and wrote it to its log, a pause here): the printer may already be reading it in its own thread.
 */
// weft: expect race example.apphunt.ParsedFeed$Record.sequence threads=parser,printer
public final class ParsedFeed {

    static final class Record {
        final String line;
        String[] fields;
        int sequence;

        Record(String line) {
            this.line = line;
        }
    }

    static final class Parser extends SubmissionPublisher<Record> implements Flow.Processor<Record, Record> {
        private Flow.Subscription subscription;
        private int parsed;

        Parser(ExecutorService executor) {
            super(executor, 8);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(Record record) {
            record.fields = record.line.split(",");
            submit(record);
            pause(); // the printer is faster than this
            record.sequence = ++parsed; // weft: race
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            closeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            close();
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService reading = Executors.newSingleThreadExecutor(task -> new Thread(task, "parser"));
        ExecutorService printing = Executors.newSingleThreadExecutor(task -> new Thread(task, "printer"));
        SubmissionPublisher<Record> lines = new SubmissionPublisher<>(reading, 8);
        Parser parser = new Parser(printing);
        lines.subscribe(parser);
        long[] checksum = new long[1];
        CompletableFuture<Void> printed = parser.consume(record -> {
            checksum[0] += record.sequence * 31L + record.fields.length; // weft: race
        });
        for (int i = 0; i < 60; i++) {
            lines.submit(new Record("order-" + i + ",sku-" + i % 7 + "," + i * 3));
        }
        lines.close();
        printed.get();
        System.out.println("checksum " + checksum[0]);
        reading.shutdown();
        printing.shutdown();
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
