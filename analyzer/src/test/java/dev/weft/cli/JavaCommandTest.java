package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
