package example.collections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An exporter writes a shared list of lines to a file with {@code Files.write} while a collector adds a line. */
// weft: expect race example.collections.FilesWriteSharedLines.LINES threads=collector,exporter collection=java.util.ArrayList
public final class FilesWriteSharedLines {

    static final List<String> LINES = new ArrayList<>(List.of("header"));
    public static void main(String[] args) throws Exception {
        Path out = Files.createTempFile("lines", ".txt");
        Threads.runAll(new String[] {"collector", "exporter"},
                () -> LINES.add("row"), // weft: race
                () -> {
                    try {
                        Files.write(out, LINES); // weft: race
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Files.delete(out);
    }
}
