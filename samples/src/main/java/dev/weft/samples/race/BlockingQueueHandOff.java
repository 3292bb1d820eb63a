package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An order pipeline: an intake thread fills in orders and queues them, a packer takes them, marks them
 * packed and queues them on, and {@code main} takes the packed orders and prints them.
 *
 * <p>An {@code Order} has only plain, non-final fields. {@code order-intake} writes them and hands the
 * order over with {@code put} or {@code offer}; {@code order-packer} gets it with {@code take} or
 * {@code poll}, reads it, writes its {@code status} and hands it on with {@code put}; {@code main} takes it
 * and reads the status, before joining any thread. Placing an element into a {@code BlockingQueue}
 * happens-before the access or removal of that element by another thread ({@code java.util.concurrent}
 * package documentation, "Memory Consistency Properties"), and each thread stops touching an order once
 * it has queued it: the queues are the only thing ordering each order's writes with the next thread's reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the queues' hand-off would wrongly
 * report a race on {@code Order.quantity} or {@code Order.status}.
 */
@Sample(
        shows = "Orders with plain fields go from thread to thread through BlockingQueues (put/offer, then"
                + " take/poll): each hand-off happens-before the next thread's reads, no race.",
        expect = "none",
        twin = "UnsafePublication")
public final class BlockingQueueHandOff {

    private static final int ORDERS = 20;

    private BlockingQueueHandOff() {
    }

    /** An order; each stage fills it in, then hands it to the next stage and no longer touches it. */
    static final class Order {
        String item;
        int quantity;
        String status;
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Order> incoming = new ArrayBlockingQueue<>(4);
        BlockingQueue<Order> packed = new LinkedBlockingQueue<>();
        Thread intake = new Thread(() -> takeOrders(incoming), "order-intake");
        Thread packer = new Thread(() -> pack(incoming, packed), "order-packer");
        intake.start();
        packer.start();
        int items = 0;
        String last = null;
        for (int i = 0; i < ORDERS; i++) {
            Order order = packed.take();
            items += order.quantity;
            last = order.status;
        }
        intake.join();
        packer.join();
        System.out.println(ORDERS + " orders, " + items + " items packed; last: " + last);
    }

    /** Fills in orders and queues them, alternating {@code put} and {@code offer}. */
    private static void takeOrders(BlockingQueue<Order> incoming) {
        try {
            for (int i = 1; i <= ORDERS; i++) {
                Order order = new Order();
                order.item = i % 2 == 0 ? "book" : "lamp";
                order.quantity = i;
                order.status = "received";
                if (i % 2 == 0) {
                    incoming.put(order);
                } else {
                    while (!incoming.offer(order, 10, TimeUnit.MILLISECONDS)) {
                        Thread.onSpinWait();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes each order, alternating {@code take} and {@code poll}, marks it packed and queues it on. */
    private static void pack(BlockingQueue<Order> incoming, BlockingQueue<Order> packed) {
        try {
            for (int i = 1; i <= ORDERS; ) {
                Order order = i % 2 == 0 ? incoming.take() : incoming.poll(10, TimeUnit.MILLISECONDS);
                if (order == null) {
                    continue;
                }
                order.status = "packed " + order.quantity + " x " + order.item;
                packed.put(order);
                i++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
