package example.racehunt;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An object pool hands out byte buffers; {@code send} gives its buffer back before it has finished writing its trailer,
 * and the other sender takes it. Both senders call it, so whichever takes the buffer after the other has given it back
 * writes while the other may still be writing, in any order the two threads run.
 */
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

    static void send(int length) {
        Buffer b = borrow();
        POOL.add(b); // given back too early
        b.length = length; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        POOL.add(new Buffer());
        Threads.runAll(new String[] {"sender-1", "sender-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                send(8);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                send(16);
            }
        });
    }
}
