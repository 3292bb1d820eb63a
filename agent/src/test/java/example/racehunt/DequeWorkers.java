package example.racehunt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Tasks filled in by a producer go into a LinkedBlockingDeque; two workers take from either end, write
 * the result into the task and put it on a ConcurrentLinkedQueue of done tasks that main reads after joining.
 */
// weft: expect none
public final class DequeWorkers {

    static final class Task {
        int n;
        long result;
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingDeque<Task> deque = new LinkedBlockingDeque<>();
        ConcurrentLinkedQueue<Task> done = new ConcurrentLinkedQueue<>();
        Runnable producer = () -> {
            for (int i = 0; i < 40; i++) {
                Task task = new Task();
                task.n = i;
                deque.offerLast(task);
            }
        };
        Runnable head = () -> work(deque, done, true);
        Runnable tail = () -> work(deque, done, false);
        Threads.runAll(new String[] {"producer", "head", "tail"}, producer, head, tail);
        long sum = 0;
        for (Task task : done) {
            sum += task.result;
        }
        System.out.println(done.size() + " done, sum " + sum);
    }

    private static void work(LinkedBlockingDeque<Task> deque, ConcurrentLinkedQueue<Task> done, boolean fromHead) {
        try {
            for (int i = 0; i < 20; i++) {
                Task task = fromHead ? deque.takeFirst() : deque.takeLast();
                task.result = (long) task.n * task.n;
                done.add(task);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
