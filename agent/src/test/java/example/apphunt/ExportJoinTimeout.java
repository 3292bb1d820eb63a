package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A report export runs in a thread of its own; {@code main} waits with {@code join(timeout)} and reads the exported
 * rows only when {@code isAlive()} then says the thread ended (a join in the memory model), else it would give up.
 */
// weft: expect none
public final class ExportJoinTimeout {

    static final class Export {
        final List<String> rows = new ArrayList<>();
        long bytes;
        boolean complete;
    }

    public static void main(String[] args) throws Exception {
        Export export = new Export();
        Thread exporter = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                String row = "invoice;" + i + ";" + (i * 13 % 97);
                export.rows.add(row);
                export.bytes += row.length();
            }
            export.complete = true;
        }, "exporter");
        exporter.start();
        while (true) {
            exporter.join(5_000);
            if (!exporter.isAlive()) {
                break;
            }
        }
        System.out.println(export.complete + " " + export.rows.size() + " " + export.bytes);
    }
}
