package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A bad command line gets one line naming the problem and what is valid, and status 2. */
class UsageProblemTest {

    private static String refusal(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute(args));
        assertEquals(1, err.toString().lines().count(), err.toString());
        return err.toString().strip();
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertEquals("weft: unknown command 'frob' (valid: demo, run, analyze, report, explore, replay, confirm, help)"
                + " (see: weft --help)", refusal("frob"));
        assertEquals("weft: unknown command 'frob' (valid: demo, run, analyze, report, explore, replay, confirm, help)"
                + " (see: weft --help)", refusal("help", "frob"));
        assertEquals("weft: unknown command 'frob' (valid: demo, run, analyze, report, explore, replay, confirm, help)"
                + " (see: weft --help)", refusal("frob", "--", "java", "Main"));
    }

    @Test
    void anUnknownOptionOfWeftItselfPointsAtWeftsHelp() {
        assertEquals("weft: Unknown option: '--bogus' (see: weft --help)", refusal("--bogus"));
    }

    @Test
    void aJavaCommandWithoutTheDoubleDashIsShownWhereItGoes() {
        assertEquals("weft: Unknown option: '-cp': the program's java command goes after '--', e.g."
                + " weft explore [options] -- java -cp app.jar com.example.Main (see: weft explore --help)",
                refusal("explore", "java", "-cp", "app.jar", "Main"));
        assertEquals("weft: Unknown option: '-jar': the program's java command goes after '--', e.g."
                + " weft run [options] -- java -cp app.jar com.example.Main (see: weft run --help)",
                refusal("run", "java", "-jar", "app.jar"));
    }

    @Test
    void aMissingJavaCommandIsShownWhereItGoes() {
        assertEquals("weft: no java command to run: give it after '--', e.g."
                + " weft replay [options] FILE -- java -cp app.jar com.example.Main (see: weft replay --help)",
                refusal("replay", "run.schedule.json"));
        assertEquals("weft: no java command to run: give it after '--', e.g."
                + " weft explore [options] -- java -cp app.jar com.example.Main (see: weft explore --help)",
                refusal("explore"));
    }

    @Test
    void anUnknownOptionBeforeTheDoubleDashIsNamedAsItIs() {
        assertEquals("weft: Unknown option: '--bogus' (see: weft confirm --help)",
                refusal("confirm", "--bogus", "weft.json", "--", "java", "Main"));
    }

    @Test
    void anAgentOptionThatIsNoKeyValueIsRefusedBeforeTheAgentReadsItAsPartOfAList() {
        assertEquals("weft: Invalid value for option '--option' (KEY=VALUE): 'bogus' is not KEY=VALUE (e.g. -o include=com.example.;"
                + " the agent's options are in the README) (see: weft explore --help)",
                refusal("explore", "-o", "detect=race", "-o", "bogus", "--", "java", "Main"));
        assertEquals(2, WeftCommand.commandLine().setErr(new PrintWriter(new StringWriter())).execute("run", "-o", "=x", "--", "java", "Main"));
    }

    @Test
    void exploreRefusesAnOutputDirectoryThatIsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("notes.txt"));
        assertEquals("weft: bad value for --out: '" + file + "' is a file (expected a directory) (see: weft explore --help)",
                refusal("explore", "--out", file.toString(), "--", "java", "Main"));
    }

    @Test
    void aCommandThatIsNotJavaShowsTheCommandsOwnForm(@TempDir Path dir) throws Exception {
        Path agent = Files.createFile(dir.resolve("weft-agent.jar"));
        Path schedule = Files.writeString(dir.resolve("run.schedule.json"), "{\"format\":\"weft-schedule\"}");
        assertEquals("weft: the command must start with java (got 'python3'): weft replay [options] FILE -- java -cp app.jar"
                + " com.example.Main (see: weft replay --help)",
                refusal("replay", "--agent", agent.toString(), schedule.toString(), "--", "python3", "app.py"));
    }
}
