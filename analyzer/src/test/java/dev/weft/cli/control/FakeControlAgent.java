package dev.weft.cli.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the agent's controlled mode, for testing the CLI's side of the contract alone: a
 * {@code -javaagent} that reads the options the CLI passes and behaves as a controlled run would. With
 * {@code seed} a multiple of {@code bugEvery} (an extra option, default 4) it "finds" a deadlock: it writes
 * the report and the schedule file and halts with status 66. With {@code seed} equal to {@code hangSeed} it
 * starts a thread that never ends. {@code replay=FILE} finds the deadlock again when the schedule file
 * records a bug, and says that the replay diverged (on stderr and in the report) when it records {@code "diverge":true}; {@code confirm=REPORT#ID} produces the deadlock from seed 2 on, unless the id contains
 * {@code never} (for a {@code race:} id, the race in every run, saying that it {@code "confirms"} the id from
 * seed 2 on). Otherwise the program runs normally and the report has no finding but, with
 * {@code predict=ID;ID...}, a {@code lock-order} prediction for each id.
 */
public final class FakeControlAgent {

    private FakeControlAgent() { }

    public static void premain(String args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String option : args.split(",")) {
            int eq = option.indexOf('=');
            options.put(option.substring(0, eq), option.substring(eq + 1));
        }
        if (options.containsKey("refuse")) {
            System.err.println("weft: unknown agent option 'refuse' (valid: mode, seed, ...)");
            Runtime.getRuntime().halt(2);
        }
        Path report = Path.of(options.get("report"));
        long seed = Long.parseLong(options.getOrDefault("seed", "0"));
        boolean bug;
        if (options.containsKey("replay")) {
            bug = Files.readString(Path.of(options.get("replay"))).contains("\"bug\":true");
        } else if (options.containsKey("confirm")) {
            bug = seed >= 2 && !options.get("confirm").contains("never");
        } else {
            bug = seed % Long.parseLong(options.getOrDefault("bugEvery", "4")) == 0;
        }
        if (options.containsKey("schedule")) { // a run of 10 choices a seed
            String choices = String.join(",", java.util.Collections.nCopies((int) (10 * seed), "0"));
            Files.writeString(Path.of(options.get("schedule")), "{\"format\":\"weft-schedule\",\"version\":1,\"cpus\":1,"
                    + "\"policy\":\"preemptive\",\"quantum\":1,\"strategy\":\"" + options.getOrDefault("strategy", "random") + "\",\"seed\":" + seed
                    + ",\"depth\":3,\"steps\":" + 10 * seed + ",\"replayable\":true,\"bug\":" + bug
                    + ",\"choices\":[" + choices + "],\"checks\":[" + choices + "]}");
        }
        if (options.containsKey("stepsLog")) { // the strategy, and what PCT was told of the run's length (in choices), a line a run
            String steered = options.containsKey("confirm") ? " toward " + options.get("confirm").substring(options.get("confirm").lastIndexOf('#') + 1)
                    : options.containsKey("hold") ? " hold=" + options.get("hold") : "";
            Files.writeString(Path.of(options.get("stepsLog")), options.get("strategy") + " " + options.getOrDefault("steps", "none") + steered + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (Long.toString(seed).equals(options.get("hangSeed"))) {
            Thread hang = new Thread(FakeControlAgent::sleepForever, "stuck-worker");
            hang.start();
            return;
        }
        String confirm = options.getOrDefault("confirm", "");
        if (confirm.contains("#race:")) {
            String id = confirm.substring(confirm.lastIndexOf('#') + 1);
            Files.writeString(report, "{\"tool\":\"weft\",\"version\":\"test\",\"findings\":[{\"kind\":\"race\",\"id\":\"" + id + "\",\"field\":\"A.f\""
                    + (bug ? ",\"confirms\":\"" + id + "\"" : "") + "}]}", StandardCharsets.UTF_8);
            return;
        }
        String findings = bug ? "{\"kind\":\"deadlock\",\"id\":\"d1\",\"threads\":[{\"name\":\"teller-1\",\"waitsFor\":\"A\",\"waitSite\":\"Bank.transfer(Bank.java:14)\"},"
                + "{\"name\":\"teller-2\",\"waitsFor\":\"B\",\"waitSite\":\"Bank.transfer(Bank.java:14)\"}],\"locks\":[]}" : predictions(options);
        boolean diverged = options.containsKey("replay") && Files.readString(Path.of(options.get("replay"))).contains("\"diverge\":true");
        if (diverged) {
            System.err.println("some output of the program");
            System.err.println("weft: replay diverged at step 3 (choice 0): expected dispatch of thread 0, found the options [1 (lock), 0 (start)] "
                    + "(the program no longer matches the schedule)");
        }
        Files.writeString(report, "{\"tool\":\"weft\",\"version\":\"test\",\"control\":{\"steps\":" + 10 * seed + ",\"diverged\":" + diverged
                + "},\"findings\":[" + findings + "]}", StandardCharsets.UTF_8);
        if (bug) {
            Runtime.getRuntime().halt(66);
        }
    }

    /** The lock-order predictions of {@code predict=ID;ID...}, as a report's findings, comma-separated. */
    private static String predictions(Map<String, String> options) {
        List<String> findings = new ArrayList<>();
        for (String id : options.getOrDefault("predict", "").split(";")) {
            if (!id.isEmpty()) {
                findings.add("{\"kind\":\"lock-order\",\"id\":\"" + id + "\",\"locks\":[{\"name\":\"A\"},{\"name\":\"B\"}],"
                        + "\"edges\":[{\"thread\":\"teller-1\"},{\"thread\":\"teller-2\"}]}");
            }
        }
        return String.join(",", findings);
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
