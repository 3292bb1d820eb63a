package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

/**
 * A clinic's schedulers run on {@code ForkJoinPool}s made with the JDK's default worker factory, whose workers
 * the JDK starts inside {@code submit} (and inside other workers) where weft sees no start: every path by which the
 * program's code runs in such a worker reads what {@code main} set up before the pool was made. A task reads the
 * opening hours; a {@code ThreadLocal}'s initial value is made from them in the worker; an
 * {@code InheritableThreadLocal} that keeps the JDK's {@code childValue} gives the workers {@code main}'s desk; an
 * {@code UncaughtExceptionHandler} reads the on-call list when an {@code execute}d task fails; a
 * {@code ManagedBlocker} reads the hours while it waits for a room; recursive tasks fork subtasks that wake more
 * workers (made by workers); and {@code Executors.newWorkStealingPool()}'s tasks read the hours too.
 */
// weft: expect none
public final class ClinicDefaultWorkersFixed {

    static final class Hours {
        int opens;
        int closes;
        final Map<String, Integer> rooms = new HashMap<>();
    }

    static final class Desk {
        String name;
    }

    static final class OnCall {
        final List<String> doctors = new ArrayList<>();
        String paged;
    }

    static Hours hours;
    static final InheritableThreadLocal<Desk> DESK = new InheritableThreadLocal<>();
    static final ThreadLocal<StringBuilder> SLIP = ThreadLocal.withInitial(() -> new StringBuilder("slot " + hours.opens));

    static final class Slots extends RecursiveTask<Integer> {
        private final int from;
        private final int to;

        Slots(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Integer compute() {
            if (to - from <= 2) {
                return (hours.closes - hours.opens) * (to - from) + hours.rooms.get("x-ray");
            }
            int middle = (from + to) / 2;
            Slots left = new Slots(from, middle);
            left.fork();
            return new Slots(middle, to).compute() + left.join();
        }
    }

    public static void main(String[] args) throws Exception {
        hours = new Hours();
        hours.opens = 8;
        hours.closes = 18;
        hours.rooms.put("x-ray", 2);
        Desk desk = new Desk();
        desk.name = "front";
        DESK.set(desk);
        OnCall onCall = new OnCall();
        onCall.doctors.add("Dr. Ade");
        CountDownLatch paged = new CountDownLatch(1);

        ForkJoinPool schedulers = new ForkJoinPool(3);
        int open = schedulers.submit(() -> hours.closes - hours.opens).get();
        String slip = schedulers.submit(() -> SLIP.get().append(" at ").append(DESK.get().name).toString()).get();
        int slots = schedulers.invoke(new Slots(0, 64));
        int room = schedulers.submit(() -> {
            int[] free = {0};
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() {
                    free[0] = hours.rooms.get("x-ray");
                    return true;
                }

                @Override
                public boolean isReleasable() {
                    return free[0] > 0;
                }
            });
            return free[0];
        }).get();
        schedulers.shutdown();
        schedulers.awaitTermination(10, TimeUnit.SECONDS);

        ForkJoinPool emergencies = new ForkJoinPool(2, ForkJoinPool.defaultForkJoinWorkerThreadFactory, (worker, failure) -> {
            onCall.paged = onCall.doctors.get(0) + ": " + failure.getMessage();
            paged.countDown();
        }, false);
        emergencies.execute(() -> {
            throw new IllegalStateException("no room at " + hours.closes);
        });
        paged.await();
        emergencies.shutdown();
        emergencies.awaitTermination(10, TimeUnit.SECONDS);

        ExecutorService stealing = Executors.newWorkStealingPool(3);
        int evening = stealing.submit(() -> hours.closes + hours.rooms.size()).get();
        stealing.shutdown();
        stealing.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(open + " " + slip + " " + slots + " " + room + " " + onCall.paged + " " + evening);
    }
}
