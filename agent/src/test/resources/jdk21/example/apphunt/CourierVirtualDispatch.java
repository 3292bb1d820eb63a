package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A one-thread dispatch pool's route task waits until a courier, a virtual thread, has checked in after a ride of over
 * a second; a receipt is queued behind the route, main waits for both. Every platform thread waits with no timeout
 * while the virtual thread sleeps: it then counts the latch down.
 */
// weft: expect none
public final class CourierVirtualDispatch {

    public static void main(String[] args) throws Exception {
        ExecutorService dispatch = Executors.newSingleThreadExecutor();
        CountDownLatch checkedIn = new CountDownLatch(1);
        Future<String> route = dispatch.submit(() -> {
            checkedIn.await();
            return "route planned";
        });
        Future<String> receipt = dispatch.submit(() -> "receipt");
        Thread courier = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            checkedIn.countDown();
        });
        System.out.println(route.get() + ", " + receipt.get());
        courier.join();
        dispatch.shutdown();
    }
}
