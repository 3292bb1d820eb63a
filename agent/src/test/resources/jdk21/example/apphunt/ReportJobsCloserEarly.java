package example.apphunt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link ReportJobsCloser} whose job logs the first section's length before its closer closes the executor: inside
 * the try block, while the writer's virtual thread may still be writing it (the read may even see {@code null}).
 */
// weft: expect race example.apphunt.ReportJobsCloserEarly$Section.body threads=main,unnamed thread #*
public final class ReportJobsCloserEarly {

    static final class Closer implements AutoCloseable {
        private final Deque<AutoCloseable> resources = new ArrayDeque<>();

        <T extends AutoCloseable> T register(T resource) {
            resources.push(resource);
            return resource;
        }

        @Override
        public void close() throws Exception {
            while (!resources.isEmpty()) {
                resources.pop().close();
            }
        }
    }

    static final class Section {
        final String title;
        String body;

        Section(String title) {
            this.title = title;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Section> sections = new ArrayList<>();
        try (Closer closer = new Closer()) {
            ExecutorService writers = closer.register(Executors.newVirtualThreadPerTaskExecutor());
            for (String title : List.of("sales", "returns", "stock", "staff")) {
                Section section = new Section(title);
                sections.add(section);
                writers.submit(() -> {
                    Thread.sleep(2);
                    section.body = section.title.toUpperCase() + ": " + section.title.length() * 17; // weft: race
                    return null;
                });
            }
            Thread.sleep(20);
            System.out.println("first section: " + sections.get(0).body); // weft: race
        }
        int length = 0;
        for (Section section : sections) {
            length += section.body.length();
        }
        System.out.println(sections.size() + " sections, " + length + " characters");
    }
}
