package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;

/**
 * A metrics pipeline on a {@code SubmissionPublisher} with a pool of the program's and a small buffer: the sampler
 * {@code offer}s mutable samples with a timeout and a drop handler that counts drops (in the sampler's thread); a
 * subscriber requests one at a time and aggregates into its own plain fields; its {@code onComplete} counts down a latch
 * after which {@code main} reads the aggregate.
 */
// weft: expect none
public final class MetricsPublisherOffer {

    static final class Sample {
        String name;
        double value;
    }

    static final class Aggregator implements Flow.Subscriber<Sample> {
        final CountDownLatch completed = new CountDownLatch(1);
        final List<String> names = new ArrayList<>();
        double sum;
        Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(Sample sample) {
            sum += sample.value;
            if (!names.contains(sample.name)) {
                names.add(sample.name);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            completed.countDown();
        }

        @Override
        public void onComplete() {
            completed.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Aggregator aggregator = new Aggregator();
        int[] dropped = new int[1];
        try (SubmissionPublisher<Sample> publisher = new SubmissionPublisher<>(pool, 8)) {
            publisher.subscribe(aggregator);
            for (int i = 0; i < 300; i++) {
                Sample sample = new Sample();
                sample.name = "gauge." + i % 6;
                sample.value = i * 0.25;
                publisher.offer(sample, 20, TimeUnit.MILLISECONDS, (subscriber, lost) -> {
                    dropped[0]++;
                    return false;
                });
            }
        }
        aggregator.completed.await();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(aggregator.names.size() + " names, sum " + aggregator.sum + ", dropped " + dropped[0]);
    }
}
