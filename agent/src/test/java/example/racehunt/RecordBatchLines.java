package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/** A record's list component is mutable: two importers add lines to the same batch's list. */
// weft: expect race example.racehunt.RecordBatchLines$Batch.lines threads=importer-1,importer-2 collection=java.util.ArrayList
public final class RecordBatchLines {

    record Batch(String id, List<String> lines) {
        void append(String line) {
            lines.add(line); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Batch batch = new Batch("b-17", new ArrayList<>());
        Runnable importer = () -> {
            for (int i = 0; i < 100; i++) {
                batch.append("row " + i);
            }
        };
        Threads.runAll(new String[] {"importer-1", "importer-2"}, importer, importer);
        System.out.println(batch.id() + " " + (batch.lines().size() > 0));
    }
}
