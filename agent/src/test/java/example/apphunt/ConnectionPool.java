package example.apphunt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * A connection pool: a {@code Semaphore} bounds the connections out, the idle ones sit in a deque under the
 * pool's monitor. The count of leased connections goes up under the monitor but down outside it.
 */
// weft: expect race example.apphunt.ConnectionPool$Pool.leased threads=client-*
public final class ConnectionPool {

    static final class Connection {
        final int id;
        private int statements;

        Connection(int id) {
            this.id = id;
        }

        String query(String sql) {
            statements++;
            return "conn" + id + ": " + sql;
        }
    }

    static final class Pool {
        private final Semaphore permits;
        private final Deque<Connection> idle = new ArrayDeque<>();
        private int leased;
        private int created;

        Pool(int size) {
            permits = new Semaphore(size, true);
        }

        Connection borrow() throws InterruptedException {
            permits.acquire();
            synchronized (this) {
                leased++; // weft: race
                Connection c = idle.pollFirst();
                return c != null ? c : new Connection(++created);
            }
        }

        void giveBack(Connection c) {
            permits.release();
            synchronized (this) {
                idle.addFirst(c);
            }
            leased--; // weft: race
        }

        synchronized String stats() {
            return leased + " leased, " + created + " created";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Pool pool = new Pool(2);
        Thread[] clients = new Thread[3];
        for (int i = 0; i < clients.length; i++) {
            int client = i + 1;
            clients[i] = new Thread(() -> {
                try {
                    for (int q = 0; q < 20; q++) {
                        Connection c = pool.borrow();
                        try {
                            c.query("select " + client + "," + q);
                        } finally {
                            pool.giveBack(c);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "client-" + client);
            clients[i].start();
        }
        for (Thread client : clients) {
            client.join();
        }
        System.out.println(pool.stats());
    }
}
