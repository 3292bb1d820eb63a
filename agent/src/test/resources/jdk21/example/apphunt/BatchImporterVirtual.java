package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * A batch importer on virtual threads (JDK 21+): ten thousand CSV lines are cut into batches, each parsed by a task
 * of a virtual-thread-per-task executor in try-with-resources. A task parses into a list of its own, stores it in its
 * batch's slot of an array, counts rejected lines in a {@code LongAdder} and inserts its rows into the database, a
 * {@code synchronized} table, holding one of four connections of a {@code Semaphore}. After {@code close()} the
 * importer reads the slots and the table without a lock, first and last keys through the {@code SequencedMap} views.
 */
// weft: expect none
public final class BatchImporterVirtual {

    record Row(int id, String name, long cents) { }

    static final class Database {
        private final NavigableMap<Integer, Row> rows = new TreeMap<>();
        private final Semaphore connections = new Semaphore(4);
        private int inserts;

        void insertAll(List<Row> batch) throws InterruptedException {
            connections.acquire();
            try {
                synchronized (this) {
                    for (Row row : batch) {
                        rows.put(row.id(), row);
                    }
                    inserts++;
                }
            } finally {
                connections.release();
            }
        }
    }

    static Row parse(String line) {
        String[] cells = line.split(",");
        if (cells.length != 3 || cells[1].isBlank()) {
            return null;
        }
        return new Row(Integer.parseInt(cells[0]), cells[1], Long.parseLong(cells[2]));
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add(i + "," + (i % 97 == 0 ? " " : "item-" + i) + "," + (i * 37 % 1000));
        }
        int batchSize = 250;
        int batches = lines.size() / batchSize;
        @SuppressWarnings("unchecked")
        List<Row>[] parsed = new List[batches];
        LongAdder rejected = new LongAdder();
        Database db = new Database();
        try (ExecutorService importers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int b = 0; b < batches; b++) {
                int batch = b;
                importers.submit(() -> {
                    List<Row> rows = new ArrayList<>();
                    for (String line : lines.subList(batch * batchSize, (batch + 1) * batchSize)) {
                        Row row = parse(line);
                        if (row == null) {
                            rejected.increment();
                        } else {
                            rows.add(row);
                        }
                    }
                    parsed[batch] = rows;
                    db.insertAll(rows);
                    return rows.size();
                });
            }
        }
        int parsedRows = 0;
        for (List<Row> rows : parsed) {
            parsedRows += rows.size();
        }
        System.out.println(parsedRows + " parsed, " + rejected.sum() + " rejected, " + db.rows.size() + " in " + db.inserts
                + " inserts, ids " + db.rows.firstEntry().getKey() + ".." + db.rows.lastEntry().getKey()
                + ", last " + db.rows.sequencedKeySet().reversed().iterator().next());
    }
}
