package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * {@link BatchImporterVirtual} that keeps the rejected lines themselves in one plain {@code ArrayList} the batches
 * share: the virtual threads of two batches with a rejected line add to it at the same time.
 */
// weft: expect race example.apphunt.BatchImporterRejects.rejected threads=unnamed thread #* collection=java.util.ArrayList
public final class BatchImporterRejects {

    private static final List<String> rejected = new ArrayList<>();

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
        Database db = new Database();
        try (ExecutorService importers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int b = 0; b < batches; b++) {
                int batch = b;
                importers.submit(() -> {
                    List<Row> rows = new ArrayList<>();
                    for (String line : lines.subList(batch * batchSize, (batch + 1) * batchSize)) {
                        Row row = parse(line);
                        if (row == null) {
                            rejected.add(line); // weft: race
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
        System.out.println(parsedRows + " parsed, " + rejected.size() + " rejected, " + db.rows.size() + " in " + db.inserts
                + " inserts, ids " + db.rows.firstEntry().getKey() + ".." + db.rows.lastEntry().getKey()
                + ", last " + db.rows.sequencedKeySet().reversed().iterator().next());
    }
}
