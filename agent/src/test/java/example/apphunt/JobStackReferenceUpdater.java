package example.apphunt;

import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * A lock-free job stack (Treiber's) whose head is a {@code volatile} field changed through an
 * {@code AtomicReferenceFieldUpdater}; nodes carry plain job fields. Producers push, workers pop and run the jobs,
 * adding each job's cost to a {@code volatile long} through an {@code AtomicLongFieldUpdater.getAndAccumulate}.
 */
// weft: expect none
public final class JobStackReferenceUpdater {

    static final class Node {
        String job;
        int cost;
        Node next;
    }

    static final class JobStack {
        private static final AtomicReferenceFieldUpdater<JobStack, Node> HEAD =
                AtomicReferenceFieldUpdater.newUpdater(JobStack.class, Node.class, "head");
        private static final AtomicLongFieldUpdater<JobStack> SPENT = AtomicLongFieldUpdater.newUpdater(JobStack.class, "spent");
        volatile Node head;
        volatile long spent;

        void push(String job, int cost) {
            Node node = new Node();
            node.job = job;
            node.cost = cost;
            do {
                node.next = head;
            } while (!HEAD.compareAndSet(this, node.next, node));
        }

        Node pop() {
            Node top;
            do {
                top = HEAD.get(this);
                if (top == null) {
                    return null;
                }
            } while (!HEAD.compareAndSet(this, top, top.next));
            return top;
        }

        void charge(int cost) {
            SPENT.getAndAccumulate(this, cost, Long::sum);
        }
    }

    public static void main(String[] args) throws Exception {
        JobStack stack = new JobStack();
        int perProducer = 50;
        Thread[] threads = new Thread[4];
        for (int p = 0; p < 2; p++) {
            int producer = p;
            threads[p] = new Thread(() -> {
                for (int j = 0; j < perProducer; j++) {
                    stack.push("p" + producer + "-job" + j, 1 + j % 5);
                }
            }, "producer-" + p);
        }
        int[] ran = new int[2];
        for (int w = 0; w < 2; w++) {
            int worker = w;
            threads[2 + w] = new Thread(() -> {
                while (true) {
                    synchronized (ran) {
                        if (ran[0] + ran[1] >= 2 * perProducer) {
                            break;
                        }
                    }
                    Node node = stack.pop();
                    if (node != null && !node.job.isEmpty()) {
                        stack.charge(node.cost);
                        synchronized (ran) {
                            ran[worker]++;
                        }
                    }
                }
            }, "worker-" + w);
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("ran " + (ran[0] + ran[1]) + " jobs, spent " + stack.spent);
    }
}
