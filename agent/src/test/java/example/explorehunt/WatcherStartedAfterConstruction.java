package example.explorehunt;

import java.util.List;

/**
 * The twin of {@link WatcherStartsInConstructor}: the constructor only builds the watcher; its polling thread is
 * started by {@code start()}, once the directories are set.
 */
// weft: expect none
public final class WatcherStartedAfterConstruction {

    static final class Watcher {
        private final Thread poller;
        private final List<String> directories;
        private int polls;

        Watcher(List<String> directories) {
            this.directories = directories;
            poller = new Thread(this::poll, "poller");
        }

        void start() {
            poller.start();
        }

        private void poll() {
            for (String directory : directories) {
                polls += directory.length();
            }
        }

        int awaitPolls() throws InterruptedException {
            poller.join();
            return polls;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Watcher watcher = new Watcher(List.of("inbox", "outbox"));
        watcher.start();
        System.out.println("polled " + watcher.awaitPolls() + " characters");
    }
}
