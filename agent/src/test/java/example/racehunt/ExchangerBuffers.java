package example.racehunt;

import java.util.concurrent.Exchanger;

/** A filler and a drainer swap buffers through an Exchanger: each touches only the buffer it holds. */
// weft: expect none
public final class ExchangerBuffers {

    static final class Buffer {
        final int[] data = new int[32];
        int size;
    }

    public static void main(String[] args) throws InterruptedException {
        Exchanger<Buffer> exchanger = new Exchanger<>();
        Runnable filler = () -> {
            Buffer buffer = new Buffer();
            try {
                for (int round = 0; round < 5; round++) {
                    for (int i = 0; i < buffer.data.length; i++) {
                        buffer.data[i] = round;
                    }
                    buffer.size = buffer.data.length;
                    buffer = exchanger.exchange(buffer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable drainer = () -> {
            Buffer buffer = new Buffer();
            long sum = 0;
            try {
                for (int round = 0; round < 5; round++) {
                    buffer = exchanger.exchange(buffer);
                    for (int i = 0; i < buffer.size; i++) {
                        sum += buffer.data[i];
                    }
                    buffer.size = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("drained " + sum);
        };
        Threads.runAll(new String[] {"filler", "drainer"}, filler, drainer);
    }
}
