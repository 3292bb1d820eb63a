package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A print run registers its executor and its proof sheet as resources of a closer (a list of {@code AutoCloseable}s it
 * closes in reverse, through the interface); the presses fill the sheet's plain fields on the executor, and main reads
 * them after the closer closed the executor (waiting for its tasks). Correct: the executor's close orders the presses
 * before the read.
 */
// weft: expect none
public final class PrintRunCloser {

    static final class Sheet {
        int pages;
        int plates;
    }

    static final class Closer implements AutoCloseable {
        private final List<AutoCloseable> resources = new ArrayList<>();

        <T extends AutoCloseable> T register(T resource) {
            resources.add(resource);
            return resource;
        }

        @Override
        public void close() throws Exception {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).close();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Sheet[] sheets = new Sheet[4];
        try (Closer closer = new Closer()) {
            ExecutorService presses = closer.register(Executors.newVirtualThreadPerTaskExecutor());
            for (int i = 0; i < sheets.length; i++) {
                Sheet sheet = new Sheet();
                sheets[i] = sheet;
                int pages = 8 * (i + 1);
                presses.execute(() -> {
                    sheet.pages = pages;
                    sheet.plates = pages / 4;
                });
            }
        }
        int pages = 0;
        int plates = 0;
        for (Sheet sheet : sheets) {
            pages += sheet.pages;
            plates += sheet.plates;
        }
        System.out.println("pages: " + pages + ", plates: " + plates);
    }
}
