package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ticket desk served by virtual threads: 200 requests, each a virtual thread of a thread-per-task executor closed
 * by try-with-resources, book seats in a map under a {@code ReentrantLock} (virtual threads park on it), the last
 * booking signals a {@code Condition} a platform auditor waits on; {@code Thread.ofVirtual().start} and {@code join}
 * run a summary; {@code main} reads the bookings after {@code close()} returned.
 */
// weft: expect none
public final class TicketDeskVirtualLock {

    static final class Desk {
        final ReentrantLock lock = new ReentrantLock();
        final Condition soldOut = lock.newCondition();
        final Map<String, Integer> seats = new HashMap<>();
        int sold;
    }

    public static void main(String[] args) throws Exception {
        Desk desk = new Desk();
        int requests = 200;
        String[] audit = new String[1];
        Thread auditor = new Thread(() -> {
            desk.lock.lock();
            try {
                while (desk.sold < requests) {
                    desk.soldOut.await();
                }
                audit[0] = desk.seats.size() + " rows";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                desk.lock.unlock();
            }
        }, "auditor");
        auditor.start();
        List<Future<Integer>> bookings = new ArrayList<>();
        try (ExecutorService perRequest = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int r = 0; r < requests; r++) {
                String row = "row-" + r % 12;
                bookings.add(perRequest.submit(() -> {
                    desk.lock.lock();
                    try {
                        int seat = desk.seats.merge(row, 1, Integer::sum);
                        if (++desk.sold == requests) {
                            desk.soldOut.signalAll();
                        }
                        return seat;
                    } finally {
                        desk.lock.unlock();
                    }
                }));
            }
        }
        int[] highest = new int[1];
        Thread summary = Thread.ofVirtual().name("summary").start(() -> {
            desk.lock.lock();
            try {
                highest[0] = desk.seats.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            } finally {
                desk.lock.unlock();
            }
        });
        summary.join();
        auditor.join();
        System.out.println(desk.sold + " " + desk.seats.get("row-0") + " " + highest[0] + " " + audit[0] + " " + bookings.get(199).get());
    }
}
