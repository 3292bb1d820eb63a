package dev.weft.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.report.json.JsonReportCodec;
import dev.weft.trace.Site;
import java.util.List;

/**
 * Test-only: the JSON form of a report of a controlled run as the control contract describes it (issue 5):
 * {@code control}, a {@code timeline} whose last steps are the two transfers deadlocking, a {@code starvation}
 * finding, a {@code test} per finding and {@code unmatchedSuppressions}; and a race by a thread named
 * {@link #SCRIPT_THREAD}, which every renderer must show as text.
 */
public final class ControlledRunExample {

    /** A thread name that a careless HTML renderer would run as a script. */
    public static final String SCRIPT_THREAD = "<script>alert(1)</script>";

    private static final String[] THREADS = {"transfer-1", "transfer-2", SCRIPT_THREAD};
    private static final String[] EVENTS = {"monitor-enter", "field-write", "monitor-exit", "field-read"};

    private ControlledRunExample() { }

    /** A race on {@code com.example.Account.balance} whose current access is by {@link #SCRIPT_THREAD}. */
    public static RaceFinding scriptRace() {
        Site deposit = new Site("com.example.Account", "deposit", "Account.java", 14);
        Site balance = new Site("com.example.Account", "balance", "Account.java", 20);
        return RaceFinding.of("com.example.Account.balance", null,
                new RaceFinding.Access(SCRIPT_THREAD, 23, "write", deposit, List.of(deposit), List.of()),
                new RaceFinding.Access("teller-1", 21, "read", balance, List.of(balance), List.of("com.example.Account@1b6d3586")));
    }

    /** The report of the run: a deadlock, a lock-order inversion, a race, a starvation, and the run's timeline. */
    public static ObjectNode report() {
        Report typed = Report.of("0.1.0-test").withRun("command", "com.example.Bank")
                .withFindings(List.of(ReportExamples.transfers(), ReportExamples.inversion(), scriptRace()));
        ObjectNode json = (ObjectNode) new JsonReportCodec().tree(typed);
        ArrayNode findings = (ArrayNode) json.get("findings");
        for (JsonNode finding : findings) {
            ((ObjectNode) finding).put("test", "com.example.BankTest#transfers");
        }
        ((ObjectNode) findings.get(0)).put("schedule", "run.schedule.json");
        ObjectNode starvation = findings.addObject();
        starvation.put("kind", "starvation");
        starvation.put("id", "starvation:0123456789abcdef");
        starvation.put("thread", "spinner");
        starvation.putArray("starved").add("transfer-1");
        starvation.put("site", "com.example.Spin.await(Spin.java:12)");
        json.putArray("unmatchedSuppressions").add("race:00000000deadbeef");
        ObjectNode control = json.putObject("control");
        control.put("cpus", 2).put("policy", "preemptive").put("quantum", 4).put("strategy", "pct").put("seed", 42)
                .put("depth", 3).put("schedule", "run.schedule.json").put("steps", 84).put("replayable", true).put("diverged", false);
        json.set("timeline", timeline());
        json.put("timelineTruncated", false);
        return json;
    }

    /**
     * 84 steps on 2 CPUs, 4 per time slice, the three threads taking turns; the last four are the transfers
     * taking their first account (Bank.java:30) and asking for the second (Bank.java:31).
     */
    private static ArrayNode timeline() {
        ArrayNode steps = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        int[] running = {-1, -1};
        int[] stepsOnCpu = {0, 0};
        int[] sliceOnCpu = {-1, -1};
        int slices = 0;
        for (int step = 0; step < 84; step++) {
            int cpu = step % 2;
            int thread = step >= 80 ? step % 2 : (stepsOnCpu[cpu] / 4 + cpu) % THREADS.length;
            if (thread != running[cpu]) {
                running[cpu] = thread;
                sliceOnCpu[cpu] = slices++;
            }
            stepsOnCpu[cpu]++;
            ObjectNode s = steps.addObject();
            s.put("step", step).put("thread", THREADS[thread]).put("threadId", 21 + thread).put("cpu", cpu).put("slice", sliceOnCpu[cpu]);
            if (step >= 80) {
                s.put("event", "monitor-enter").put("site", "com.example.Bank.transfer(Bank.java:" + (step < 82 ? 30 : 31) + ")");
            } else {
                s.put("event", EVENTS[step % EVENTS.length]).put("site", "com.example.Bank.audit(Bank.java:" + (40 + step % 5) + ")");
            }
        }
        return steps;
    }
}
