package dev.weft.cli.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchedRunTest {

    @TempDir
    Path dir;

    /** A program that reads its standard input is given none: it sees the end at once instead of waiting until the watchdog kills it. */
    @Test
    void aProgramReadingItsInputSeesItsEndAndIsNotKilled() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(QuietMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        WatchedRun run = WatchedRun.run(List.of(java, "-cp", classes, QuietMain.class.getName(), "readInput"),
                dir.resolve("out"), dir.resolve("err"), RunBound.of(Duration.ofSeconds(30)));
        assertFalse(run.timedOut(), Files.readString(dir.resolve("err")));
        assertEquals(0, run.exitStatus());
        assertEquals("read -1", Files.readString(dir.resolve("out")).strip());
    }

    /** A program that sleeps for ever waits for no CPU: it is killed once its bound has passed, with its threads dumped. */
    @Test
    void aProgramThatHangsIsKilledAtItsBound() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(QuietMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        WatchedRun run = WatchedRun.run(List.of(java, "-cp", classes, QuietMain.class.getName(), "hang"),
                dir.resolve("out"), dir.resolve("err"), RunBound.of(Duration.ofSeconds(3)));
        assertTrue(run.timedOut());
        assertTrue(run.threadDump().text().contains("QuietMain.main"), run.threadDump().text());
        assertTrue(run.elapsed().compareTo(Duration.ofSeconds(3)) >= 0, run.elapsed().toString());
    }
}
