package example.racehunt;

import java.util.concurrent.ConcurrentLinkedQueue;

/** The fixed twin of {@code PooledBufferReturnedEarly}: each sender gives its buffer back only when it has finished with it. */
// weft: expect none
public final class PooledBufferReturnedAfter {

    static final class Buffer {
        final byte[] bytes = new byte[64];
        int length;
    }

    static final ConcurrentLinkedQueue<Buffer> POOL = new ConcurrentLinkedQueue<>();

    static Buffer borrow() {
        Buffer b = POOL.poll();
        return b != null ? b : new Buffer();
    }

    public static void main(String[] args) throws InterruptedException {
        POOL.add(new Buffer());
        Threads.runAll(new String[] {"sender-1", "sender-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                Buffer b = borrow();
                b.length = 8;
                POOL.add(b);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                Buffer b = borrow();
                b.length = 16;
                POOL.add(b);
            }
        });
    }
}
