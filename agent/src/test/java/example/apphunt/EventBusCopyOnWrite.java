package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A pub/sub bus: subscribers are made (their topic filter and counters set) by registering threads and added to a
 * {@code CopyOnWriteArrayList} while publishers already iterate it; each delivery changes a subscriber's state under
 * the subscriber's own monitor; {@code main} reads the totals after joining.
 */
// weft: expect none
public final class EventBusCopyOnWrite {

    static final class Subscriber {
        final String topic;
        final List<String> seen = new ArrayList<>();

        Subscriber(String topic) {
            this.topic = topic;
        }

        synchronized void deliver(String topic, String event) {
            if (topic.startsWith(this.topic)) {
                seen.add(event);
            }
        }

        synchronized int count() {
            return seen.size();
        }
    }

    public static void main(String[] args) throws Exception {
        CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            int registrar = r;
            threads.add(new Thread(() -> {
                for (int s = 0; s < 10; s++) {
                    subscribers.add(new Subscriber(registrar == 0 ? "orders" : "orders.paid"));
                    go.countDown();
                }
            }, "registrar-" + r));
        }
        for (int p = 0; p < 2; p++) {
            int publisher = p;
            threads.add(new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int e = 0; e < 200; e++) {
                    String topic = e % 2 == 0 ? "orders.paid" : "orders.new";
                    for (Subscriber subscriber : subscribers) {
                        subscriber.deliver(topic, publisher + ":" + e);
                    }
                }
            }, "publisher-" + p));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(subscribers.size() + " " + subscribers.stream().mapToInt(Subscriber::count).sum());
    }
}
