package example.apphunt;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link ImportAuditFixed} whose {@code afterExecute} adds up the rows without the pool's monitor: two workers
 * add to the audit at once.
 */
// weft: expect race example.apphunt.ImportAudit$AuditedPool.rowsSeen threads=import-*
public final class ImportAudit {

    static final class ImportJob implements Runnable {
        private final String file;
        private int rows;

        ImportJob(String file) {
            this.file = file;
        }

        @Override
        public void run() {
            for (int line = 0; line < 200 + file.length() * 10; line++) {
                if (line % 7 != 3) {
                    rows++;
                }
            }
        }
    }

    static final class AuditedPool extends ThreadPoolExecutor {
        private int jobsSeen;
        private long rowsSeen;

        AuditedPool() {
            super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreads("import"));
        }

        @Override
        protected void afterExecute(Runnable job, Throwable failure) {
            if (job instanceof ImportJob imported) {
                synchronized (this) {
                    jobsSeen++;
                }
                rowsSeen += imported.rows; // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AuditedPool pool = new AuditedPool();
        for (int i = 0; i < 12; i++) {
            pool.execute(new ImportJob("customers-" + i + ".csv"));
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        if (pool.jobsSeen != 12) {
            throw new IllegalStateException("afterExecute saw " + pool.jobsSeen + " of 12 import jobs");
        }
        System.out.println(pool.jobsSeen + " files, " + pool.rowsSeen + " rows");
    }
}
