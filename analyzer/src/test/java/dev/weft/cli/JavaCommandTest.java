package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a {@code java} command line weft reads and the options it adds. */
class JavaCommandTest {

    @Test
    void jvmOptionsEndAtTheMainClassJarOrModuleAndKeepTheirValues() {
        assertEquals(List.of("-Xmx1g", "-cp", "a.jar:b.jar", "--add-opens", "java.base/java.lang=ALL-UNNAMED"),
                JavaCommand.jvmOptions(List.of("java", "-Xmx1g", "-cp", "a.jar:b.jar", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "com.example.Main", "-cp", "an-argument")));
        assertEquals(List.of("-ea"), JavaCommand.jvmOptions(List.of("java", "-ea", "-jar", "app.jar", "-Xint")));
        assertEquals(List.of(), JavaCommand.jvmOptions(List.of("java", "Main")));
    }

    @Test
    void aShortRunGetsTheFirstTierOfTheJitUnlessTheCommandChoosesItself() {
        assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-cp", "app.jar", "Main", "-Xint"),
                JavaCommand.forShortRun(List.of("java", "-cp", "app.jar", "Main", "-Xint")));
        for (String chosen : List.of("-Xint", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xcomp")) {
            List<String> command = List.of("java", chosen, "-cp", "app.jar", "Main");
            assertEquals(command, JavaCommand.forShortRun(command), chosen);
        }
    }

    @Test
    void theClassPathIsFoundInEachOfItsForms() {
        assertEquals(2, JavaCommand.classPathIndex(List.of("java", "-cp", "a.jar", "Main")));
        assertEquals(3, JavaCommand.classPathIndex(List.of("java", "-ea", "-classpath", "a.jar", "Main")));
        assertEquals(2, JavaCommand.classPathIndex(List.of("java", "--class-path", "a.jar", "Main")));
        assertEquals(1, JavaCommand.classPathIndex(List.of("java", "--class-path=a.jar", "Main")));
        assertEquals(-1, JavaCommand.classPathIndex(List.of("java", "-jar", "app.jar", "-cp", "x")));
        assertEquals(-1, JavaCommand.classPathIndex(List.of("java", "Main", "-cp", "x")));
    }

    @Test
    void aProgramRunsUnderTheLauncherOfSeveralSchedulesWithItsClassPathMainClassAndArguments(@TempDir Path dir) throws Exception {
        String launcher = JavaCommand.SAME_JVM_LAUNCHER;
        StringBuilder why = new StringBuilder();
        assertEquals(List.of("java", "-ea", "-cp", "a.jar:b", launcher, "a.jar:b", "com.example.Main", "-cp", "x"),
                JavaCommand.underSameJvmLauncher(List.of("java", "-ea", "-cp", "a.jar:b", "com.example.Main", "-cp", "x"), why));
        assertEquals(List.of("java", "-Xmx1g", "-cp", "a.jar", launcher, "a.jar", "Main"),
                JavaCommand.underSameJvmLauncher(List.of("java", "--class-path=a.jar", "-Xmx1g", "Main"), why));
        Path jar = dir.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.App");
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        assertEquals(List.of("java", "-ea", "-cp", jar.toString(), launcher, jar.toString(), "com.example.App", "arg"),
                JavaCommand.underSameJvmLauncher(List.of("java", "-ea", "-jar", jar.toString(), "arg"), why));
        assertEquals("", why.toString());
    }

    @Test
    void modulesSourceFilesAndJarsWithoutAMainClassTakeAJvmPerSchedule(@TempDir Path dir) throws Exception {
        StringBuilder why = new StringBuilder();
        assertNull(JavaCommand.underSameJvmLauncher(List.of("java", "-p", "mods", "-m", "app/com.example.Main"), why));
        assertEquals("a module or a source file", why.toString());
        Path jar = dir.resolve("plain.jar");
        new JarOutputStream(Files.newOutputStream(jar)).close();
        why.setLength(0);
        assertNull(JavaCommand.underSameJvmLauncher(List.of("java", "-jar", jar.toString()), why));
        assertEquals("no Main-Class in the jar's manifest", why.toString());
    }
}
