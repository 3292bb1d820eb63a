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
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks that each run a child JVM, two at a time (the suite's time on two cores), each reported as a test of
 * its own: all checks start when the factory is called, and each test waits for its own. Their JVMs share the
 * cores with the other tests' ({@link CpuSlots}). The checks of a test class must not depend on each other or on
 * timing that a second JVM beside them would upset; where they may (a sample's stagger of a potential deadlock
 * that must not happen for real), a failed check runs again {@linkplain CpuSlots#alone() alone}, once every
 * other check of its class has ended, and the test gives that run's outcome.
 */
final class TwoAtATime {

    /** A check of one item: it runs a child JVM and asserts what it wrote. */
    interface Check<T> {
        void run(T item) throws Exception;
    }

    /** A check of a batch of items: it runs a child JVM and gives each item's assertions on what it wrote. */
    interface BatchCheck<T> {
        Function<T, Executable> run(List<T> batch) throws Exception;
    }

    private TwoAtATime() { }

    /**
     * One test per item of {@code batches}, named by {@code name}: the batches' checks run two at a time, and an
     * item's test waits for its batch's and runs the assertions it gives the item; a failed check fails the
     * tests of all its items. A batch of one that {@code retriedAlone} picks and whose assertions failed runs again
     * {@linkplain CpuSlots#alone() alone}, once every other check of its class has ended, and its test gives that
     * run's outcome.
     */
    static <T> Stream<DynamicTest> testsInBatches(List<List<T>> batches, Function<T, String> name, BatchCheck<T> check,
                                                  Predicate<T> retriedAlone) {
        ExecutorService twoAtATime = twoThreads();
        List<Future<Function<T, Executable>>> checks = new ArrayList<>();
        for (List<T> batch : batches) {
            checks.add(twoAtATime.submit(() -> check.run(batch)));
        }
        twoAtATime.shutdown();
        return IntStream.range(0, batches.size()).boxed().flatMap(b -> batches.get(b).stream().map(item -> DynamicTest.dynamicTest(name.apply(item), () -> {
            Function<T, Executable> assertions;
            try {
                assertions = checks.get(b).get();
            } catch (ExecutionException failed) {
                throw failed.getCause();
            }
            try {
                assertions.apply(item).execute();
            } catch (AssertionError failed) {
                if (batches.get(b).size() > 1 || !retriedAlone.test(item)) {
                    throw failed;
                }
                twoAtATime.awaitTermination(1, TimeUnit.HOURS);
                try (CpuSlots all = CpuSlots.alone()) {
                    check.run(batches.get(b)).apply(item).execute();
                }
            }
        })));
    }

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
                try (CpuSlots all = CpuSlots.alone()) {
                    check.run(items.get(i));
                }
            }
        }));
    }
}
