package example.apphunt;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * A ledger service answering requests through {@code SynchronousQueue}s: the client fills a request object and
 * {@code put}s it; the ledger thread {@code take}s it, writes the balance into the request's reply fields and hands
 * it back with {@code offer(reply, timeout)}, which the client {@code poll(timeout)}s.
 */
// weft: expect none
public final class LedgerSynchronousQueue {

    static final class Request {
        String account;
        long amount;
        long balanceAfter;
        boolean accepted;
    }

    public static void main(String[] args) throws Exception {
        SynchronousQueue<Request> requests = new SynchronousQueue<>();
        SynchronousQueue<Request> replies = new SynchronousQueue<>();
        Thread ledger = new Thread(() -> {
            long balance = 1_000;
            try {
                for (int i = 0; i < 100; i++) {
                    Request request = requests.take();
                    request.accepted = balance + request.amount >= 0;
                    if (request.accepted) {
                        balance += request.amount;
                    }
                    request.balanceAfter = balance;
                    if (!replies.offer(request, 5, TimeUnit.SECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ledger");
        ledger.start();
        long last = 0;
        int rejected = 0;
        for (int i = 0; i < 100; i++) {
            Request request = new Request();
            request.account = "acct-7";
            request.amount = i % 3 == 0 ? -250 : 100;
            requests.put(request);
            Request reply = replies.poll(5, TimeUnit.SECONDS);
            last = reply.balanceAfter;
            rejected += reply.accepted ? 0 : 1;
        }
        ledger.join();
        System.out.println(last + " " + rejected);
    }
}
