package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

/**
 * A two-stage feed on {@code java.util.concurrent.Flow}: a parser that is both a subscriber of the raw lines and,
 * as {@code SubmissionPublisher}'s Javadoc suggests for a processor, a publisher of its own (it extends it), so its
 * {@code submit}, {@code close} and {@code consume} are calls of the program's own class. It fills each record
 * before it submits it, and the printer's {@code consume} runs in another executor.
 */
// weft: expect none
public final class ParsedFeedFixed {

    static final class Record {
        final String line;
        String[] fields;
        int width;

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
            parsed++;
            submit(record);
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
        ExecutorService printing = Executors.newFixedThreadPool(2, task -> new Thread(task, "printer"));
        SubmissionPublisher<Record> lines = new SubmissionPublisher<>(reading, 8);
        Parser parser = new Parser(printing);
        lines.subscribe(parser);
        List<Integer> widths = new ArrayList<>();
        CompletableFuture<Void> printed = parser.consume(record -> {
            for (String field : record.fields) {
                record.width += field.length();
            }
            widths.add(record.width);
        });
        for (int i = 0; i < 60; i++) {
            lines.submit(new Record("order-" + i + ",sku-" + i % 7 + "," + i * 3));
        }
        lines.close();
        printed.get();
        System.out.println(parser.parsed + " parsed, " + widths.size() + " printed");
        reading.shutdown();
        printing.shutdown();
    }
}
