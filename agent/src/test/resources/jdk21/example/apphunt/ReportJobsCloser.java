package example.apphunt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A report job that owns its resources through a closer of its own (JDK 21+): a virtual-thread-per-task executor is
 * registered as an {@code AutoCloseable} with the job's other resources and closed with them, newest first, through
 * {@code AutoCloseable.close()}; the executor's {@code close()} waits for its tasks, so the job then reads the
 * sections they wrote.
 */
// weft: expect none
public final class ReportJobsCloser {

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
                    section.body = section.title.toUpperCase() + ": " + section.title.length() * 17;
                    return null;
                });
            }
        }
        int length = 0;
        for (Section section : sections) {
            length += section.body.length();
        }
        System.out.println(sections.size() + " sections, " + length + " characters");
    }
}
