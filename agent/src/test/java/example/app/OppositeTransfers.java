package example.app;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two tellers transfer in opposite directions, each locking its source account and then its target: a
 * deadlock on some schedules only (no latch forces it). With a marker file as argument, the first run
 * (the one that creates the file) instead hangs for good, in a call the scheduling model does not know (a
 * read from a pipe nobody writes to: a latch's await would be a deadlock of the model).
 */
public final class OppositeTransfers {
    static final Object checking = new Object(), savings = new Object();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && Files.notExists(Path.of(args[0]))) {
            Files.createFile(Path.of(args[0]));
            Thread stuck = new Thread(() -> {
                try { new PipedInputStream(new PipedOutputStream()).read(); } catch (IOException e) { }
            }, "stuck-teller");
            stuck.start();
            stuck.join();
        }
        Thread teller1 = new Thread(() -> { synchronized (checking) { synchronized (savings) { } } }, "teller-1");
        Thread teller2 = new Thread(() -> { synchronized (savings) { synchronized (checking) { } } }, "teller-2");
        teller1.start(); teller2.start(); teller1.join(); teller2.join();
        System.out.println("done");
    }
}
