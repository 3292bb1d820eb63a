package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of a search's iterations with class sharing: which write the archive, which map it, which run as given. */
class ClassSharingTest {

    @TempDir
    Path dir;

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theSecondIterationWritesTheArchiveAndTheNextOnesMapIt() throws Exception {
        Path app = Files.createFile(dir.resolve("app.jar"));
        Path agent = Files.createFile(dir.resolve("weft-agent.jar"));
        Path archive = dir.resolve("classes.jsa");
        List<String> command = List.of(java, "-cp", app.toString(), "Main");
        ClassSharing sharing = ClassSharing.of(command, agent, archive);

        assertEquals(command, sharing.nextCommand(), "the first iteration, which often finds the bug, as given");
        List<String> second = sharing.nextCommand();
        assertTrue(second.contains("-XX:ArchiveClassesAtExit=" + archive), second.toString());
        assertTrue(second.contains("-XX:+AllowArchivingWithJavaAgent"), second.toString());
        assertEquals(app + File.pathSeparator + agent, second.get(second.indexOf("-cp") + 1), "the agent jar joins the class path");
        assertEquals("Main", second.get(second.size() - 1));

        Files.createFile(archive); // what the second iteration's JVM leaves
        List<String> third = sharing.nextCommand();
        assertTrue(third.contains("-XX:SharedArchiveFile=" + archive), third.toString());
        assertFalse(third.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")), third.toString());

        sharing.delete();
        assertFalse(Files.exists(archive));
    }

    @Test
    void anIterationThatWroteNoArchiveLeavesTheNextToTryOnceMoreThenTheRestRunAsGiven() throws Exception {
        Path app = Files.createFile(dir.resolve("app.jar"));
        List<String> command = List.of(java, "-cp", app.toString(), "Main");
        ClassSharing sharing = ClassSharing.of(command, dir.resolve("agent.jar"), dir.resolve("a.jsa"));
        sharing.nextCommand();
        assertTrue(sharing.nextCommand().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")));
        assertTrue(sharing.nextCommand().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")));
        assertEquals(command, sharing.nextCommand());
    }

    @Test
    void commandsTheJvmCannotArchiveFromRunAsGiven() throws Exception {
        Path app = Files.createFile(dir.resolve("app.jar"));
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path agent = dir.resolve("agent.jar");
        for (List<String> command : List.of(
                List.of(java, "-cp", classes + File.pathSeparator + app, "Main"), // a directory: the JVM would refuse to start
                List.of(java, "-jar", app.toString()),
                List.of(java, "-Xshare:off", "-cp", app.toString(), "Main"),
                List.of(java, "-XX:SharedArchiveFile=mine.jsa", "-cp", app.toString(), "Main"))) {
            ClassSharing sharing = ClassSharing.of(command, agent, dir.resolve("c.jsa"));
            for (int iteration = 1; iteration <= 3; iteration++) {
                assertEquals(command, sharing.nextCommand(), command.toString());
            }
        }
    }
}
