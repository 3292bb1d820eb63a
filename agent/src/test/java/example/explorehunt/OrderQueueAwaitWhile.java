package example.explorehunt;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Twin of {@link OrderQueueAwaitIf}: {@code take} awaits in a loop, so a packer that finds the queue empty again waits again. */
// weft: expect none
public final class OrderQueueAwaitWhile {

    static final class OrderQueue {
        private final ArrayDeque<String> orders = new ArrayDeque<>();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notEmpty = lock.newCondition();

        void put(String order) {
            lock.lock();
            try {
                orders.addLast(order);
                notEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }

        String take() throws InterruptedException {
            lock.lock();
            try {
                while (orders.isEmpty()) {
                    notEmpty.await();
                }
                return orders.removeFirst();
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderQueue queue = new OrderQueue();
        Runnable packer = () -> {
            try {
                System.out.println(Thread.currentThread().getName() + " packs " + queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = new Thread(packer, "packer-1");
        Thread second = new Thread(packer, "packer-2");
        first.start();
        second.start();
        queue.put("order-1");
        queue.put("order-2");
        first.join();
        second.join();
    }
}
