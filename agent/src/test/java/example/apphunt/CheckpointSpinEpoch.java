package example.apphunt;

/**
 * A storage engine's log writer appends segments and then bumps a {@code volatile} epoch; a checkpointer spins
 * with {@code Thread.onSpinWait} until the epoch passes the one it checkpointed last, then reads every segment up
 * to that epoch.
 */
// weft: expect none
public final class CheckpointSpinEpoch {

    static final class Segment {
        long firstLsn;
        int records;
        String file;
    }

    static final class Log {
        final Segment[] segments = new Segment[200];
        volatile int epoch;
    }

    public static void main(String[] args) throws InterruptedException {
        Log log = new Log();
        Thread checkpointer = new Thread(() -> {
            int done = 0;
            long records = 0;
            while (done < log.segments.length) {
                int epoch;
                while ((epoch = log.epoch) == done) {
                    Thread.onSpinWait();
                }
                for (int s = done; s < epoch; s++) {
                    records += log.segments[s].records + log.segments[s].file.length();
                }
                done = epoch;
            }
            System.out.println("checkpointed " + done + " segments, " + records + " records");
        }, "checkpointer");
        checkpointer.start();
        long lsn = 0;
        for (int s = 0; s < log.segments.length; s++) {
            Segment segment = new Segment();
            segment.firstLsn = lsn;
            segment.records = 10 + s % 13;
            segment.file = "wal-" + s;
            lsn += segment.records;
            log.segments[s] = segment;
            log.epoch = s + 1;
        }
        checkpointer.join();
    }
}
