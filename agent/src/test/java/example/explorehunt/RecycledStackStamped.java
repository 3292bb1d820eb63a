package example.explorehunt;

import java.util.concurrent.atomic.AtomicStampedReference;

/** Twin of {@link RecycledStackAba}: the top carries a stamp that every change bumps, so a recycled node does not pass. */
// weft: expect none
public final class RecycledStackStamped {

    static final class Node {
        volatile int value;
        volatile Node next;

        Node(int value) {
            this.value = value;
        }
    }

    static final AtomicStampedReference<Node> TOP = new AtomicStampedReference<>(null, 0);

    static Node pop() {
        int[] stamp = new int[1];
        while (true) {
            Node top = TOP.get(stamp);
            if (top == null) {
                return null;
            }
            Node next = top.next;
            if (TOP.compareAndSet(top, next, stamp[0], stamp[0] + 1)) {
                return top;
            }
        }
    }

    static void push(Node node) {
        int[] stamp = new int[1];
        while (true) {
            Node top = TOP.get(stamp);
            node.next = top;
            if (TOP.compareAndSet(top, node, stamp[0], stamp[0] + 1)) {
                return;
            }
        }
    }

    static int size() {
        int size = 0;
        for (Node node = TOP.getReference(); node != null; node = node.next) {
            size++;
        }
        return size;
    }

    public static void main(String[] args) throws InterruptedException {
        push(new Node(3));
        push(new Node(2));
        push(new Node(1));
        Thread consumer = new Thread(RecycledStackStamped::pop, "consumer");
        Thread worker = new Thread(() -> {
            Node first = pop();
            pop();
            first.value = 4;
            push(first);
        }, "worker");
        consumer.start();
        worker.start();
        consumer.join();
        worker.join();
        if (size() != 1) {
            throw new IllegalStateException("3 nodes, 3 pops and 1 push left " + size() + " on the stack");
        }
        System.out.println("one left");
    }
}
