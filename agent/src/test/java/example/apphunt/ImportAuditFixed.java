package example.apphunt;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A file import on an audited pool: each import job, given to {@code execute}, counts the rows it read; the pool's
 * {@code afterExecute} recognises the job ({@code job instanceof ImportJob}, as the JDK hands it the very task given
 * to {@code execute}) and adds its rows to the audit under the pool's monitor. The importer checks the audit once
 * {@code awaitTermination} returns, and fails if {@code afterExecute} did not see every job.
 */
// weft: expect none
public final class ImportAuditFixed {

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
        protected void beforeExecute(Thread worker, Runnable job) {
            if (!(job instanceof ImportJob)) {
                throw new IllegalStateException("not an import job: " + job);
            }
        }

        @Override
        protected void afterExecute(Runnable job, Throwable failure) {
            if (job instanceof ImportJob imported) {
                synchronized (this) {
                    jobsSeen++;
                    rowsSeen += imported.rows;
                }
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
