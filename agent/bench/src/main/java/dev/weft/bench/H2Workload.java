package dev.weft.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real multi-threaded workload for whole-process measurements: an embedded, in-memory H2 database
 * (whose engine synchronizes heavily) serving concurrent bank transfers and balance queries from
 * several threads, each with its own connection.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/h2.jar dev.weft.bench.H2Workload [threads] [transactions]}.
 * It prints the time of the work (after start-up), the CPU time of the threads doing it (the program's work and, under
 * the agent, weft's hooks, without start-up, compiling or collecting), the bytes its threads allocated doing it (the program's
 * and, under the agent, weft's: a figure that, unlike the peak memory, does not depend on how the
 * collector sized the heap) and the process's peak resident memory, and checks that money was neither
 * made nor lost.
 */
public final class H2Workload {

    private static final int ACCOUNTS = 1_000;
    private static final long OPENING_BALANCE = 1_000;
    private static final AtomicLong ALLOCATED = new AtomicLong();
    private static final AtomicLong WORK_CPU_NANOS = new AtomicLong();

    private H2Workload() { }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int transactions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String url = "jdbc:h2:mem:bank;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        try (Connection setup = DriverManager.getConnection(url)) {
            try (Statement s = setup.createStatement()) {
                s.execute("CREATE TABLE account(id INT PRIMARY KEY, balance BIGINT NOT NULL)");
                s.execute("INSERT INTO account SELECT X, " + OPENING_BALANCE + " FROM SYSTEM_RANGE(1, " + ACCOUNTS + ")");
            }
            long start = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                Thread worker = new Thread(() -> work(url, transactions, seed), "teller-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long total;
            try (Statement s = setup.createStatement(); ResultSet rs = s.executeQuery("SELECT SUM(balance) FROM account")) {
                rs.next();
                total = rs.getLong(1);
            }
            if (total != ACCOUNTS * OPENING_BALANCE) {
                throw new IllegalStateException("money was made or lost: " + total);
            }
            System.out.println("work_ms=" + millis + " work_cpu_ms=" + WORK_CPU_NANOS.get() / 1_000_000
                    + " allocated_mb=" + ALLOCATED.get() / (1024 * 1024)
                    + " peak_rss_kb=" + peakRssKb());
        }
    }

    private static void work(String url, int transactions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement debit = c.prepareStatement("UPDATE account SET balance = balance - ? WHERE id = ?");
             PreparedStatement credit = c.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?");
             PreparedStatement query = c.prepareStatement("SELECT balance FROM account WHERE id = ?")) {
            c.setAutoCommit(false);
            long allocatedBefore = allocatedByThisThread();
            long cpuBefore = cpuOfThisThread();
            for (int i = 0; i < transactions; i++) {
                int from = 1 + random.nextInt(ACCOUNTS);
                int to = 1 + random.nextInt(ACCOUNTS);
                if (i % 4 == 3) {
                    query.setInt(1, from);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                    }
                    c.commit();
                    continue;
                }
                // lock rows in id order, as a careful application does
                int first = Math.min(from, to);
                int second = Math.max(from, to);
                long amount = 1 + random.nextInt(10);
                debit.setLong(1, first == from ? amount : -amount);
                debit.setInt(2, first);
                debit.executeUpdate();
                credit.setLong(1, first == from ? amount : -amount);
                credit.setInt(2, second);
                credit.executeUpdate();
                c.commit();
            }
            WORK_CPU_NANOS.addAndGet(cpuOfThisThread() - cpuBefore);
            ALLOCATED.addAndGet(allocatedByThisThread() - allocatedBefore);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long allocatedByThisThread() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads instanceof com.sun.management.ThreadMXBean bytes ? bytes.getCurrentThreadAllocatedBytes() : 0;
    }

    private static long cpuOfThisThread() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long peakRssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not on Linux
        }
        return -1;
    }
}
