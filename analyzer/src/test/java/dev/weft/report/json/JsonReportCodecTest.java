package dev.weft.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.report.ControlRun;
import dev.weft.report.LockOrderFinding;
import dev.weft.report.RaceFinding;
import dev.weft.report.Report;
import dev.weft.report.ReportExamples;
import dev.weft.report.TestAttribution;
import dev.weft.report.StarvationFinding;
import dev.weft.report.TimelineEntry;
import dev.weft.trace.Site;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportCodecTest {

    private final JsonReportCodec codec = new JsonReportCodec();

    @Test
    void putsEachFindingsTestInTheFindingAndReadsItBack() throws IOException {
        Report plain = ReportExamples.report();
        String raceId = ReportExamples.balanceRace().id();
        String deadlockId = ReportExamples.transfers().id();
        Report report = plain.withTests(Map.of(
                raceId, TestAttribution.in(new TestAttribution.TestId("com.example.AccountTest", "deposits", "two deposits",
                        "[engine:junit-jupiter]/[class:com.example.AccountTest]/[method:deposits()]")),
                deadlockId, TestAttribution.outside("in a thread leaked by test com.example.BankTest.transfers()")))
                .withUnmatchedSuppressions(List.of("race:com.example.Cache.size"));

        JsonNode json = new ObjectMapper().readTree(codec.write(report));

        Map<String, JsonNode> byId = new java.util.HashMap<>();
        json.path("findings").forEach(f -> byId.put(f.path("id").asText(), f));
        JsonNode test = byId.get(raceId).path("test");
        assertEquals(List.of("class", "method", "displayName", "uniqueId"), fieldNames(test));
        assertEquals("com.example.AccountTest", test.path("class").asText());
        assertEquals("two deposits", test.path("displayName").asText());
        assertEquals(false, byId.get(raceId).has("outsideTest"));
        assertEquals(true, byId.get(deadlockId).path("test").isNull());
        assertEquals("in a thread leaked by test com.example.BankTest.transfers()", byId.get(deadlockId).path("outsideTest").asText());
        assertEquals(false, byId.values().stream().filter(f -> !f.path("id").asText().equals(raceId) && !f.path("id").asText().equals(deadlockId))
                .anyMatch(f -> f.has("test")), "a finding of no test run has no test key");
        assertEquals("race:com.example.Cache.size", json.path("unmatchedSuppressions").get(0).asText());
        assertEquals(false, json.has("tests"));
        assertEquals(false, new ObjectMapper().readTree(codec.write(plain)).has("unmatchedSuppressions"), "no suppressions file, no key");
        assertEquals(report, codec.read(codec.write(report)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void readsBackTheReportItWrote() throws IOException {
        Report report = ReportExamples.report();

        assertEquals(report, codec.read(codec.write(report)));
    }

    @Test
    void readsBackTheReportItWroteToAStream() throws IOException {
        Report report = ReportExamples.report();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        codec.write(report, out);

        assertEquals(report, codec.read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(codec.write(report), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheKeysTheDesignFixes() throws IOException {
        Report report = Report.of("0.1.0-test").withFindings(List.of(ReportExamples.transfers()));
        JsonNode json = new ObjectMapper().readTree(codec.write(report));

        assertEquals("weft", json.get("tool").asText());
        assertEquals("0.1.0-test", json.get("version").asText());
        JsonNode deadlock = json.get("findings").get(0);
        assertEquals("kind", deadlock.fieldNames().next(), "kind comes first");
        assertEquals("deadlock", deadlock.get("kind").asText());
        assertEquals("wait-for-graph", deadlock.get("detectedBy").asText());
        JsonNode thread = deadlock.get("threads").get(0);
        assertEquals(List.of("name", "id", "waitsFor", "waitMode", "waitSite", "stack", "holds"), keys(thread));
        assertEquals("transfer-1", thread.get("name").asText());
        assertEquals(21, thread.get("id").asLong());
        assertEquals("java.lang.Object@4e25154f", thread.get("waitsFor").asText());
        assertEquals("com.example.Bank.transfer(Bank.java:31)", thread.get("waitSite").asText());
        assertEquals("com.example.Bank.lambda$main$0(Bank.java:50)", thread.get("stack").get(1).asText());
        assertEquals(List.of("lock", "kind", "mode", "site", "stack"), keys(thread.get("holds").get(0)));
        JsonNode lock = deadlock.get("locks").get(0);
        assertEquals(List.of("name", "class", "identityHash", "kind", "heldBy", "waitedForBy", "acquiredAt"), keys(lock));
        assertEquals("java.lang.Object", lock.get("class").asText());
        assertEquals("transfer-2", lock.get("heldBy").get(0).asText());
    }

    @Test
    void writesARaceWithTheKeysTheDesignFixesAndReadsItBack() throws IOException {
        Report report = Report.of("0.1.0-test").withFindings(List.of(ReportExamples.balanceRace(), ReportExamples.totalsRace()));
        JsonNode findings = new ObjectMapper().readTree(codec.write(report)).get("findings");

        assertEquals(report, codec.read(codec.write(report)));
        JsonNode field = findings.get(0).get("field").asText().equals("long[]") ? findings.get(1) : findings.get(0);
        JsonNode element = findings.get(0) == field ? findings.get(1) : findings.get(0);
        assertEquals(List.of("kind", "id", "field", "accesses"), keys(field));
        assertEquals("race", field.get("kind").asText());
        assertEquals("com.example.Account.balance", field.get("field").asText());
        JsonNode write = field.get("accesses").get(0);
        assertEquals(List.of("thread", "threadId", "op", "site", "stack", "locksHeld"), keys(write));
        assertEquals("teller-2", write.get("thread").asText());
        assertEquals("write", write.get("op").asText());
        assertEquals("com.example.Account.deposit(Account.java:14)", write.get("site").asText());
        assertEquals("com.example.Account.deposit(Account.java:14)", write.get("stack").get(0).asText());
        JsonNode read = field.get("accesses").get(1);
        assertEquals("read", read.get("op").asText());
        assertEquals("com.example.Account@1b6d3586", read.get("locksHeld").get(0).asText());
        assertEquals(List.of("kind", "id", "field", "index", "accesses"), keys(element));
        assertEquals("long[]", element.get("field").asText());
        assertEquals(3, element.get("index").asInt());
    }

    @Test
    void writesARaceOnACollectionsContentsWithItsClassAndTheMethodsCalledAndReadsItBack() throws IOException {
        dev.weft.trace.Site put = new dev.weft.trace.Site("com.example.Cache", "store", "Cache.java", 9);
        dev.weft.trace.Site get = new dev.weft.trace.Site("com.example.Cache", "lookup", "Cache.java", 7);
        RaceFinding race = RaceFinding.of("com.example.Cache.entries", null, "java.util.HashMap",
                new RaceFinding.Access("writer", 12, "write", put, List.of(put), List.of(), "put"),
                new RaceFinding.Access("reader", 11, "read", get, List.of(get), List.of(), "get"));
        Report report = Report.of("0.1.0-test").withFindings(List.of(race));
        JsonNode finding = new ObjectMapper().readTree(codec.write(report)).get("findings").get(0);

        assertEquals(report, codec.read(codec.write(report)));
        assertEquals(List.of("kind", "id", "field", "accesses", "collection"), keys(finding));
        assertEquals("java.util.HashMap", finding.get("collection").asText());
        assertEquals(List.of("thread", "threadId", "op", "site", "stack", "locksHeld", "call"), keys(finding.get("accesses").get(0)));
        assertEquals(List.of("put", "get"), List.of(finding.get("accesses").get(0).get("call").asText(),
                finding.get("accesses").get(1).get("call").asText()));
    }

    @Test
    void writesALockOrderFindingWithTheKeysTheDesignFixesAndReadsItBack() throws IOException {
        Report report = Report.of("0.1.0-test").withFindings(List.of(ReportExamples.inversion()));
        JsonNode finding = new ObjectMapper().readTree(codec.write(report)).get("findings").get(0);

        assertEquals(report, codec.read(codec.write(report)));
        assertEquals(List.of("kind", "id", "locks", "edges"), keys(finding));
        assertEquals("lock-order", finding.get("kind").asText());
        JsonNode first = finding.get("locks").get(0);
        assertEquals(List.of("name", "class", "identityHash", "kind", "origin"), keys(first));
        assertEquals("field com.example.Account.lock", first.get("origin").asText());
        assertEquals(List.of("name", "class", "identityHash", "kind"), keys(finding.get("locks").get(1)),
                "an unknown origin is left out");
        JsonNode edge = finding.get("edges").get(0);
        assertEquals(List.of("from", "fromMode", "to", "toMode", "thread", "threadId", "fromSite", "toSite",
                "fromStack", "toStack"), keys(edge));
        assertEquals("java.lang.Object@1b6d3586", edge.get("from").asText());
        assertEquals("com.example.Bank.transfer(Bank.java:30)", edge.get("fromSite").asText());
        assertEquals("com.example.Bank.lambda$main$0(Bank.java:50)", edge.get("toStack").get(1).asText());
    }

    @Test
    void writesWhichRequestTookAnEdgesFirstLockWhenKnownAndReadsItBack() throws IOException {
        LockOrderFinding inversion = ReportExamples.inversion();
        LockOrderFinding.Edge e = inversion.edges().get(0);
        LockOrderFinding.Edge seventh = new LockOrderFinding.Edge(e.from(), e.fromMode(), e.to(), e.toMode(), e.thread(),
                e.threadId(), e.fromSite(), e.toSite(), e.fromStack(), e.toStack(), 7);
        Report report = Report.of("0.1.0-test").withFindings(List.of(new LockOrderFinding(inversion.id(), inversion.locks(),
                List.of(seventh, inversion.edges().get(1)))));
        JsonNode finding = new ObjectMapper().readTree(codec.write(report)).get("findings").get(0);

        assertEquals(report, codec.read(codec.write(report)));
        assertEquals(List.of("from", "fromMode", "to", "toMode", "thread", "threadId", "fromSite", "toSite",
                "fromStack", "toStack", "fromRequest"), keys(finding.get("edges").get(0)));
        assertEquals(7, finding.get("edges").get(0).get("fromRequest").asInt());
        assertFalse(finding.get("edges").get(1).has("fromRequest"), "not known: left out");
    }

    @Test
    void ignoresKeysItDoesNotKnow() throws IOException {
        Report read = codec.read("{\"tool\":\"weft\",\"version\":\"9\",\"run\":{},\"findings\":[],\"notes\":[],\"future\":1}");

        assertEquals(Report.of("9"), read);
    }

    @Test
    void rejectsASiteThatIsNotAStackTraceLine() {
        String json = codec.write(ReportExamples.report()).replace("com.example.Bank.transfer(Bank.java:31)", "line 31");

        assertThrows(IOException.class, () -> codec.read(json));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writesAControlledRunsScheduleTimelineAndStarvationAndReadsThemBack() throws IOException {
        Report report = Report.of("test")
                .withFindings(List.of(StarvationFinding.of("spinner", List.of("setter"),
                        Site.parse("com.example.Spin.run(Spin.java:9)"), 10_000, "run.schedule.json")))
                .withControl(new ControlRun(1, "cooperative", 4, "pct", 42, 3, "run.schedule.json", 12,
                        true, false, null, null), List.of(new TimelineEntry(0, "main", 1, 0, 0, "write",
                        "com.example.Spin.main(Spin.java:5)", null), new TimelineEntry(1, "setter", 14, 0, 1, "block",
                        "com.example.Spin.run(Spin.java:12)", "early")), false);
        JsonNode json = new ObjectMapper().readTree(codec.write(report));
        assertEquals("{\"cpus\":1,\"policy\":\"cooperative\",\"quantum\":4,\"strategy\":\"pct\",\"seed\":42,\"depth\":3,"
                + "\"schedule\":\"run.schedule.json\",\"steps\":12,\"replayable\":true,\"diverged\":false}",
                json.path("control").toString());
        assertEquals("{\"step\":0,\"thread\":\"main\",\"threadId\":1,\"cpu\":0,\"slice\":0,\"event\":\"write\","
                + "\"site\":\"com.example.Spin.main(Spin.java:5)\"}", json.path("timeline").get(0).toString());
        assertEquals("{\"step\":1,\"thread\":\"setter\",\"threadId\":14,\"cpu\":0,\"slice\":1,\"event\":\"block\","
                + "\"site\":\"com.example.Spin.run(Spin.java:12)\",\"timedOut\":\"early\"}", json.path("timeline").get(1).toString());
        assertEquals(false, json.path("timelineTruncated").asBoolean(true));
        JsonNode starvation = json.path("findings").get(0);
        assertEquals("starvation", starvation.path("kind").asText());
        assertEquals("spinner", starvation.path("thread").asText());
        assertEquals("[\"setter\"]", starvation.path("starved").toString());
        assertEquals(report, codec.read(codec.write(report)));
        JsonNode plain = new ObjectMapper().readTree(codec.write(Report.of("test")));
        assertTrue(plain.path("control").isMissingNode() && plain.path("timeline").isMissingNode(), plain.toString());
    }

    @Test
    void aConfirmedPredictionSaysSoAndNamesItsReplayFile() throws IOException {
        LockOrderFinding prediction = ReportExamples.inversion();
        JsonNode plain = new ObjectMapper().readTree(codec.write(Report.of("t").withFindings(List.of(prediction))));
        assertTrue(plain.path("findings").get(0).path("confirmed").isMissingNode());
        Report confirmed = Report.of("t").withFindings(List.of(prediction.confirmedBy("run.schedule.json")));
        JsonNode json = new ObjectMapper().readTree(codec.write(confirmed)).path("findings").get(0);
        assertTrue(json.path("confirmed").asBoolean());
        assertEquals("run.schedule.json", json.path("replay").asText());
        assertEquals(confirmed, codec.read(codec.write(confirmed)));
    }

    @Test
    void aRaceCarriesWhatItConfirmsInTheSteeredRunAndIsConfirmedInTheReportLikeAPrediction() throws IOException {
        RaceFinding race = ReportExamples.balanceRace();
        JsonNode plain = new ObjectMapper().readTree(codec.write(Report.of("t").withFindings(List.of(race)))).path("findings").get(0);
        for (String key : List.of("confirms", "schedule", "confirmed", "replay")) {
            assertTrue(plain.path(key).isMissingNode(), key + ": " + plain);
        }
        Report steered = Report.of("t").withFindings(List.of(race)).replacing(race.confirming(race.id(), "run.schedule.json"));
        JsonNode json = new ObjectMapper().readTree(codec.write(steered)).path("findings").get(0);
        assertEquals(race.id(), json.path("confirms").asText());
        assertEquals("run.schedule.json", json.path("schedule").asText());
        assertEquals(steered, codec.read(codec.write(steered)));
        Report confirmed = Report.of("t").withFindings(List.of(race.confirmedBy("weft.race.schedule.json")));
        JsonNode marked = new ObjectMapper().readTree(codec.write(confirmed)).path("findings").get(0);
        assertTrue(marked.path("confirmed").asBoolean());
        assertEquals("weft.race.schedule.json", marked.path("replay").asText());
        assertEquals(confirmed, codec.read(codec.write(confirmed)));
    }
}
