package example.racehunt;

import java.util.concurrent.ConcurrentLinkedQueue;

/** An object pool hands out byte buffers; a sender gives its buffer back before it has finished writing its trailer, and another sender takes it. */
// weft: expect race example.racehunt.PooledBufferReturnedEarly$Buffer.length threads=sender-1,sender-2
public final class PooledBufferReturnedEarly {

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
                POOL.add(b); // given back too early
                b.length = 8; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                Buffer b = borrow();
                b.length = 16; // weft: race
                POOL.add(b);
            }
        });
    }
}
