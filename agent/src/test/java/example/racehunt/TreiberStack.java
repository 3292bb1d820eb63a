package example.racehunt;

import java.util.concurrent.atomic.AtomicReference;

/** A lock-free stack: nodes with plain fields are published by a compareAndSet loop and read by poppers. */
// weft: expect none
public final class TreiberStack {

    static final class Node {
        String item;
        Node next;
    }

    private final AtomicReference<Node> top = new AtomicReference<>();

    void push(String item) {
        Node node = new Node();
        node.item = item;
        Node current;
        do {
            current = top.get();
            node.next = current;
        } while (!top.compareAndSet(current, node));
    }

    String pop() {
        Node current;
        do {
            current = top.get();
            if (current == null) {
                return null;
            }
        } while (!top.compareAndSet(current, current.next));
        return current.item;
    }

    public static void main(String[] args) throws InterruptedException {
        TreiberStack stack = new TreiberStack();
        Runnable pusher = () -> {
            for (int i = 0; i < 100; i++) {
                stack.push(Thread.currentThread().getName() + i);
            }
        };
        Runnable popper = () -> {
            int popped = 0;
            while (popped < 100) {
                String item = stack.pop();
                if (item != null) {
                    popped += item.isEmpty() ? 0 : 1;
                }
            }
            System.out.println("popped " + popped);
        };
        Threads.runAll(new String[] {"pusher-1", "pusher-2", "popper-1", "popper-2"}, pusher, pusher, popper, popper);
    }
}
