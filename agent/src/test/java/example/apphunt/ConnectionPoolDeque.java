package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * A database connection pool on a {@code LinkedBlockingDeque}: workers borrow with {@code pollFirst(timeout)}, run
 * statements that change the connection's plain state (its statement count, its last query), and give it back with
 * {@code offerFirst}, so the next borrower, in any thread, reads what the last one left.
 */
// weft: expect none
public final class ConnectionPoolDeque {

    static final class Connection {
        final int id;
        int statements;
        String lastQuery = "";

        Connection(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws Exception {
        LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
        for (int i = 0; i < 2; i++) {
            idle.offerLast(new Connection(i));
        }
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                for (int q = 0; q < 100; q++) {
                    try {
                        Connection c = idle.pollFirst(5, TimeUnit.SECONDS);
                        if (c == null) {
                            return;
                        }
                        c.statements++;
                        c.lastQuery = "select " + worker + "/" + q + " after " + c.lastQuery.length();
                        idle.offerFirst(c);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "db-worker-" + w);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        int total = 0;
        for (Connection c : idle) {
            total += c.statements;
        }
        System.out.println(total);
    }
}
