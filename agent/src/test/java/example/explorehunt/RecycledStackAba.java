package example.explorehunt;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A lock-free stack of recycled nodes: a consumer pops one; a worker pops two and pushes the first node back with a
 * new value. When the consumer reads the top and its successor, and the worker pops both and pushes the top node
 * back before the consumer's {@code compareAndSet}, the set succeeds (the same node is on top: ABA) and puts back
 * the node the worker took: the stack ends with two nodes instead of one.
 */
// weft: expect failure
public final class RecycledStackAba {

    static final class Node {
        volatile int value;
        volatile Node next;

        Node(int value) {
            this.value = value;
        }
    }

    static final AtomicReference<Node> TOP = new AtomicReference<>();

    static Node pop() {
        while (true) {
            Node top = TOP.get();
            if (top == null) {
                return null;
            }
            Node next = top.next;
            if (TOP.compareAndSet(top, next)) { // the bug: the same node on top does not mean the same stack
                return top;
            }
        }
    }

    static void push(Node node) {
        while (true) {
            Node top = TOP.get();
            node.next = top;
            if (TOP.compareAndSet(top, node)) {
                return;
            }
        }
    }

    static int size() {
        int size = 0;
        for (Node node = TOP.get(); node != null; node = node.next) {
            size++;
        }
        return size;
    }

    public static void main(String[] args) throws InterruptedException {
        push(new Node(3));
        push(new Node(2));
        push(new Node(1));
        Thread consumer = new Thread(RecycledStackAba::pop, "consumer");
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
