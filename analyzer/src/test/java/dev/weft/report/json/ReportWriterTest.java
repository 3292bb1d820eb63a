package dev.weft.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.report.ControlRun;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.LockOrderFinding;
import dev.weft.report.RaceFinding;
import dev.weft.report.Report;
import dev.weft.report.ReportExamples;
import dev.weft.report.StarvationFinding;
import dev.weft.report.TestAttribution;
import dev.weft.report.TimelineEntry;
import dev.weft.trace.Site;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming writer writes, character for character, what the data binding writes of the same report's tree. */
class ReportWriterTest {

    private final JsonReportCodec codec = new JsonReportCodec();

    static Stream<Report> reports() {
        Report plain = ReportExamples.report();
        RaceFinding race = ReportExamples.balanceRace();
        LockOrderFinding inversion = ReportExamples.inversion();
        LockOrderFinding.Edge edge = inversion.edges().get(0);
        Site put = Site.parse("com.example.Cache.put(Cache.java:12)");
        return Stream.of(
            Report.of("0.1.0-test"),
            plain,
            plain.withTests(Map.of(
                    race.id(), TestAttribution.in(new TestAttribution.TestId("com.example.AccountTest", "deposits", "two \"deposits\"",
                            "[engine:junit-jupiter]/[class:com.example.AccountTest]/[method:deposits()]")),
                    ReportExamples.transfers().id(), TestAttribution.outside("in a thread leaked by a test")))
                    .withUnmatchedSuppressions(List.of("race:com.example.Cache.size"))
                    .withRun("command", "java -cp . Main \u00e9t\u00e9 \t")
                    .withNotes(List.of("a note")),
            Report.of("t").withFindings(List.of(ReportExamples.upgrade(), ReportExamples.join(), ReportExamples.totalsRace(),
                    new DeadlockFinding("d", DeadlockFinding.DetectedBy.SCHEDULING_MODEL, List.of(), List.of(), "run.schedule.json", "lock-order:1"),
                    RaceFinding.of("com.example.Cache.entries", 3, "java.util.HashMap",
                            new RaceFinding.Access("writer", 12, "write", put, List.of(put), List.of("lock"), "put"),
                            new RaceFinding.Access("reader", 11, "read", put, List.of(), List.of(), null)),
                    race.confirming(race.id(), "run.schedule.json").confirmedBy("weft.race.schedule.json"),
                    new LockOrderFinding(inversion.id(), inversion.locks(), List.of(new LockOrderFinding.Edge(edge.from(), edge.fromMode(),
                            edge.to(), edge.toMode(), edge.thread(), edge.threadId(), edge.fromSite(), null, edge.fromStack(), edge.toStack(), 7), inversion.edges().get(1))),
                    inversion.confirmedBy("run.schedule.json"))),
            Report.of("test")
                    .withFindings(List.of(StarvationFinding.of("spinner", List.of("setter"), Site.parse("com.example.Spin.run(Spin.java:9)"),
                            10_000, null)))
                    .withControl(new ControlRun(1, "cooperative", 4, "pct", 42, 3, null, 12, true, false, "r.schedule.json", "race:1"),
                            List.of(new TimelineEntry(0, "main", 1, 0, 0, "write", "com.example.Spin.main(Spin.java:5)", null),
                                    new TimelineEntry(Long.MAX_VALUE, "setter", 14, 0, 1, "block", null, "early")), true));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void writesWhatTheDataBindingWrites(Report report) throws IOException {
        String bound = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(codec.tree(report));

        assertEquals(bound, codec.write(report));
    }
}
