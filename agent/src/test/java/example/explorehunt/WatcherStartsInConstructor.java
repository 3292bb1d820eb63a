package example.explorehunt;

import java.util.List;

/**
 * A directory watcher starts its polling thread in its constructor, before it has set the directories to watch: the
 * thread started first sees the object half built ({@code this} escaped), and when it polls before the constructor's
 * next line, it reads {@code null} ({@code NullPointerException}); in any order, the constructor's write and the poller's read race.
 */
// weft: expect race example.explorehunt.WatcherStartsInConstructor$Watcher.directories
public final class WatcherStartsInConstructor {

    static final class Watcher {
        private final Thread poller;
        private List<String> directories;
        private int polls;

        Watcher(List<String> directories) {
            poller = new Thread(this::poll, "poller");
            poller.start(); // the bug: this escapes before the fields below are set
            this.directories = directories;
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
        System.out.println("polled " + watcher.awaitPolls() + " characters");
    }
}
