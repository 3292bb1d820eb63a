package example.apphunt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link BoundedDispatchFixed} whose couriers count their deliveries after they let go of the lock.
 */
// weft: expect race example.apphunt.BoundedDispatch$Dispatch.delivered threads=courier-*
public final class BoundedDispatch {

    static final class NamedLock extends ReentrantLock {
        private final String name;

        NamedLock(String name) {
            super(true);
            this.name = name;
        }

        @Override
        public String toString() {
            return name + super.toString();
        }
    }

    static final class Dispatch {
        private final NamedLock lock = new NamedLock("dispatch");
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();
        private final ArrayDeque<String> parcels = new ArrayDeque<>();
        private int count;
        private int delivered;

        void put(String parcel) throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (count == 1) {
                    notFull.await();
                }
                parcels.addLast(parcel);
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        String take() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (count == 0) {
                    notEmpty.await(1, TimeUnit.SECONDS);
                }
                count--;
                notFull.signal();
                return parcels.pollFirst();
            } finally {
                lock.unlock();
                delivered++; // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Dispatch dispatch = new Dispatch();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int depot = p;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        dispatch.put("parcel-" + depot + "-" + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "depot-" + p));
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        dispatch.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "courier-" + p));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(dispatch.delivered + " parcels delivered, " + dispatch.count + " waiting");
    }
}
