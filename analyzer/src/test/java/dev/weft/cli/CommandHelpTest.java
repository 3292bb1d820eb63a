package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code weft COMMAND --help} explains every command and its exit codes, as the README promises. */
class CommandHelpTest {

    @Test
    void everyCommandsHelpListsItsExitCodesAndBadUsage() {
        for (String command : WeftCommand.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            StringWriter out = new StringWriter();
            CommandLine cli = WeftCommand.commandLine();
            cli.setOut(new PrintWriter(out));
            assertEquals(0, cli.execute(command, "--help"), command);
            String help = out.toString();
            assertTrue(help.contains("Exit codes:"), command + ":\n" + help);
            assertTrue(help.lines().anyMatch(line -> line.strip().startsWith("2 ") && line.contains("bad usage")), command + ":\n" + help);
        }
    }
}
