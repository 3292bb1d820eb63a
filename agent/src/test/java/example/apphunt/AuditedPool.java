package example.apphunt;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A payroll system runs pay slips on a {@code ThreadPoolExecutor} subclass whose {@code beforeExecute} and
 * {@code afterExecute} hooks write each slip's audit fields in the worker; the system reads every slip after
 * {@code awaitTermination}.
 *
 * <p>Racy: the slips are read before {@code awaitTermination}.
 */
// weft: expect race example.apphunt.AuditedPool$PaySlip.netCents threads=main,payroll-*
public final class AuditedPool {

    static final class PaySlip implements Runnable {
        final String employee;
        long grossCents;
        long netCents;
        String startedBy;
        boolean audited;

        PaySlip(String employee, long grossCents) {
            this.employee = employee;
            this.grossCents = grossCents;
        }

        @Override
        public void run() {
            netCents = grossCents * 7 / 10; // weft: race
        }
    }

    static final class AuditingPool extends ThreadPoolExecutor {
        AuditingPool() {
            super(2, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreads("payroll"));
        }

        @Override
        protected void beforeExecute(Thread worker, Runnable task) {
            if (task instanceof PaySlip slip) {
                slip.startedBy = worker.getName();
            }
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            if (task instanceof PaySlip slip) {
                slip.audited = failure == null && slip.netCents < slip.grossCents;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        AuditingPool pool = new AuditingPool();
        PaySlip[] slips = new PaySlip[8];
        for (int i = 0; i < slips.length; i++) {
            slips[i] = new PaySlip("e" + i, 300_000 + i * 1000);
            pool.execute(slips[i]);
        }
        int audited = 0;
        long net = 0;
        for (PaySlip slip : slips) {
            net += slip.netCents; // weft: race
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(audited + " audited, net " + net);
    }
}
