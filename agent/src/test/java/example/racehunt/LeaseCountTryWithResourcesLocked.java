package example.racehunt;

/** The fixed twin of {@code LeaseCountTryWithResources}: closing a lease counts it under the pool's lock. */
// weft: expect none
public final class LeaseCountTryWithResourcesLocked {

    static final class Pool {
        private int returned;

        Lease lease() {
            return new Lease(this);
        }

        synchronized void returned() {
            returned++;
        }

        synchronized int returnedCount() {
            return returned;
        }
    }

    record Lease(Pool pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.returned();
        }
    }

    static int serve(Pool pool, int requests) {
        int served = 0;
        for (int i = 0; i < requests; i++) {
            try (Lease lease = pool.lease()) {
                served += lease.pool() == pool ? 1 : 0;
            }
        }
        return served;
    }

    public static void main(String[] args) throws InterruptedException {
        Pool pool = new Pool();
        int[] served = new int[2];
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> served[0] = serve(pool, 300),
                () -> served[1] = serve(pool, 300));
        System.out.println("served " + (served[0] + served[1]) + ", returned " + pool.returnedCount());
    }
}
