package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/**
 * A nightly report scans shards in rounds: scanner threads join the {@code Phaser} as they are started (one more
 * registers while a round is under way), write their shard's counts, and arrive; the phaser's {@code onAdvance},
 * run by the last thread to arrive, totals the round into the report, which each scanner reads after
 * {@code arriveAndAwaitAdvance}. A scanner leaves with {@code arriveAndDeregister} after its last round, and the
 * coordinator reads the totals once the phaser has terminated.
 */
// weft: expect none
public final class ShardReportPhaserOnAdvance {

    static final class Shard {
        final String name;
        long rows;
        long bytes;

        Shard(String name) {
            this.name = name;
        }
    }

    static final class Report {
        final List<String> lines = new ArrayList<>();
        long totalRows;
        int rounds;
    }

    public static void main(String[] args) throws Exception {
        List<Shard> shards = new ArrayList<>();
        Report report = new Report();
        Phaser rounds = new Phaser(1) { // the coordinator, until every scanner has registered
            @Override
            protected boolean onAdvance(int phase, int parties) {
                long rows = 0;
                synchronized (shards) {
                    for (Shard shard : shards) {
                        rows += shard.rows;
                    }
                }
                report.totalRows = rows;
                report.rounds = phase + 1;
                report.lines.add("round " + phase + ": " + rows + " rows, " + parties + " scanners");
                return parties == 0;
            }
        };
        List<Thread> scanners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Shard shard = new Shard("shard-" + i);
            synchronized (shards) {
                shards.add(shard);
            }
            int lastRound = 1 + i % 3;
            rounds.register();
            Thread scanner = new Thread(() -> {
                for (int round = 0; ; round++) {
                    shard.rows += 100 + round;
                    shard.bytes += 4096;
                    if (round == lastRound) {
                        rounds.arriveAndDeregister();
                        return;
                    }
                    rounds.arriveAndAwaitAdvance();
                    if (report.totalRows < shard.rows) {
                        throw new IllegalStateException(shard.name + " not in the total");
                    }
                }
            }, "scanner-" + i);
            scanners.add(scanner);
            scanner.start();
        }
        rounds.arriveAndDeregister(); // the coordinator leaves: the scanners go on alone
        while (!rounds.isTerminated()) {
            rounds.awaitAdvance(rounds.getPhase());
        }
        System.out.println(report.lines.size() + " rounds logged, last total " + report.totalRows + " after " + report.rounds);
        for (Thread scanner : scanners) {
            scanner.join();
        }
        long bytes = 0;
        for (Shard shard : shards) {
            bytes += shard.bytes;
        }
        System.out.println(bytes + " bytes");
    }
}
