package dev.weft.agent.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Checks that each run a child JVM, two at a time (the suite's time on two cores), each reported as a test of
 * its own: all checks start when the factory is called, and each test waits for its own. The checks of a
 * test class must not depend on each other or on timing that a second JVM beside them would upset; where
 * they may (a sample's stagger of a potential deadlock that must not happen for real), a failed check runs
 * again alone, once every other check has ended, and the test gives that run's outcome.
 */
final class TwoAtATime {

    /** A check of one item: it runs a child JVM and asserts what it wrote. */
    interface Check<T> {
        void run(T item) throws Exception;
    }

    private TwoAtATime() { }

    /** One test per item, named by {@code name}; a failed check fails its test. */
    static <T> Stream<DynamicTest> tests(List<T> items, Function<T, String> name, Check<T> check) {
        return tests(items, name, check, false);
    }

    /** One test per item, named by {@code name}; a failed check runs again alone, and its test gives that run's outcome. */
    static <T> Stream<DynamicTest> testsRetriedAlone(List<T> items, Function<T, String> name, Check<T> check) {
        return tests(items, name, check, true);
    }

    /**
     * The results of {@code calls} (each runs child JVMs), in their order, made two at a time; the first that
     * failed, in that order, is thrown once all have ended.
     */
    static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService twoAtATime = twoThreads();
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(twoAtATime.submit(call));
            }
            twoAtATime.shutdown();
            twoAtATime.awaitTermination(1, TimeUnit.HOURS);
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                try {
                    results.add(result.get());
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof Exception e) {
                        throw e;
                    }
                    throw (Error) failed.getCause();
                }
            }
            return results;
        } finally {
            twoAtATime.shutdownNow();
        }
    }

    private static ExecutorService twoThreads() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "two-at-a-time");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static <T> Stream<DynamicTest> tests(List<T> items, Function<T, String> name, Check<T> check, boolean retryAlone) {
        ExecutorService twoAtATime = twoThreads();
        List<Future<?>> checks = new ArrayList<>();
        for (T item : items) {
            checks.add(twoAtATime.submit(() -> {
                check.run(item);
                return null;
            }));
        }
        twoAtATime.shutdown();
        return IntStream.range(0, items.size()).mapToObj(i -> DynamicTest.dynamicTest(name.apply(items.get(i)), () -> {
            try {
                checks.get(i).get();
            } catch (ExecutionException failed) {
                if (!retryAlone) {
                    throw failed.getCause();
                }
                twoAtATime.awaitTermination(1, TimeUnit.HOURS);
                check.run(items.get(i));
            }
        }));
    }
}
