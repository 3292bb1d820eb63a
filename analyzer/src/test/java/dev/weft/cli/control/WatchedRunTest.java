package dev.weft.cli.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
                dir.resolve("out"), dir.resolve("err"), Duration.ofSeconds(30));
        assertFalse(run.timedOut(), Files.readString(dir.resolve("err")));
        assertEquals(0, run.exitStatus());
        assertEquals("read -1", Files.readString(dir.resolve("out")).strip());
    }
}
