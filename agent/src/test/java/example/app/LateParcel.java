package example.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A dispatcher waits a short while for a courier's parcel, then gives up and counts what is left on the shelf: the
 * parcel when the courier brought it after the dispatcher's wait had timed out, even if before the dispatcher looked
 * again. Correct either way (no shared state but the queue).
 */
public final class LateParcel {

    private LateParcel() { }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> shelf = new ArrayBlockingQueue<>(1);
        String[] label = new String[1];
        Thread courier = new Thread(() -> {
            String parcel = "parcel";
            synchronized (label) {
                label[0] = parcel.toUpperCase();
            }
            shelf.offer(parcel);
        }, "courier");
        courier.start();
        String got = shelf.poll(50, TimeUnit.MILLISECONDS);
        courier.join();
        System.out.println("got " + got + ", left " + shelf.size());
    }
}
