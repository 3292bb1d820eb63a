package example.racehunt;

/**
 * A connection pool counts the leases returned to it in the lease's {@code close()}, which try-with-resources runs; two
 * request threads lease and return with no lock, so returns are lost.
 */
// weft: expect race example.racehunt.LeaseCountTryWithResources$Pool.returned threads=request-1,request-2
public final class LeaseCountTryWithResources {

    static final class Pool {
        int returned;

        Lease lease() {
            return new Lease(this);
        }
    }

    record Lease(Pool pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.returned++; // weft: race
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
        System.out.println("served " + (served[0] + served[1]) + ", returned " + pool.returned);
    }
}
