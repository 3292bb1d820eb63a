package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A network server recycles its byte buffers through a lock-free free list, a Treiber stack on an
 * {@code AtomicReference}: a handler pops a buffer (or makes one), fills it with a request and records who used it,
 * and pushes it back; the node's {@code next} and the buffer's contents are plain fields, ordered by the
 * {@code compareAndSet} that publishes the node and the {@code get} that finds it. Once the handlers are done
 * ({@code CountDownLatch}), the main thread drains the stack and reads each buffer.
 */
// weft: expect none
public final class BufferPoolTreiberStack {

    static final class Buffer {
        final byte[] bytes = new byte[32];
        int length;
        String lastUser;
        int uses;
    }

    static final class Node {
        final Buffer buffer;
        Node next;

        Node(Buffer buffer) {
            this.buffer = buffer;
        }
    }

    static final class FreeList {
        private final AtomicReference<Node> top = new AtomicReference<>();

        void push(Buffer buffer) {
            Node node = new Node(buffer);
            Node seen;
            do {
                seen = top.get();
                node.next = seen;
            } while (!top.compareAndSet(seen, node));
        }

        Buffer pop() {
            Node seen;
            do {
                seen = top.get();
                if (seen == null) {
                    return null;
                }
            } while (!top.compareAndSet(seen, seen.next));
            return seen.buffer;
        }
    }

    public static void main(String[] args) throws Exception {
        FreeList free = new FreeList();
        for (int i = 0; i < 3; i++) {
            free.push(new Buffer());
        }
        int handlers = 4;
        CountDownLatch done = new CountDownLatch(handlers);
        for (int h = 0; h < handlers; h++) {
            String name = "handler-" + h;
            new Thread(() -> {
                for (int request = 0; request < 200; request++) {
                    Buffer buffer = free.pop();
                    if (buffer == null) {
                        buffer = new Buffer();
                    }
                    buffer.length = 1 + request % buffer.bytes.length;
                    for (int b = 0; b < buffer.length; b++) {
                        buffer.bytes[b] = (byte) (request + b);
                    }
                    buffer.lastUser = name;
                    buffer.uses++;
                    free.push(buffer);
                }
                done.countDown();
            }, name).start();
        }
        done.await();
        int buffers = 0;
        int uses = 0;
        long sum = 0;
        for (Buffer buffer = free.pop(); buffer != null; buffer = free.pop()) {
            buffers++;
            uses += buffer.uses;
            if (buffer.uses > 0) { // one of the first buffers may never have been taken
                sum += buffer.bytes[buffer.length - 1] + buffer.lastUser.length();
            }
        }
        System.out.println(buffers + " buffers, " + uses + " uses, " + sum);
    }
}
