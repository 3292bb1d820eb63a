package dev.weft.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.weft.report.ControlRun;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.Finding;
import dev.weft.report.LockOrderFinding;
import dev.weft.report.RaceFinding;
import dev.weft.report.Report;
import dev.weft.report.StarvationFinding;
import dev.weft.report.TestAttribution;
import dev.weft.report.TimelineEntry;
import dev.weft.trace.Site;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Report} as JSON with Jackson's streaming generator, token for token what the data binding of
 * {@link JsonReportCodec} writes for it (the same keys in the same order, the same indentation). The data binding
 * builds its serializers by introspecting the report's records at the first report a JVM writes: about 0.2 s of CPU
 * time, and several hundred classes, in every JVM that writes a report; this writer costs a few milliseconds.
 */
final class ReportWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator out;

    private ReportWriter(JsonGenerator out) {
        this.out = out;
    }

    /** Writes {@code report} to {@code stream}, indented, and leaves the stream open. */
    static void write(Report report, OutputStream stream) throws IOException {
        try (JsonGenerator generator = JSON.createGenerator(stream).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            generator.useDefaultPrettyPrinter();
            new ReportWriter(generator).report(report);
        }
    }

    private void report(Report report) throws IOException {
        out.writeStartObject();
        string("tool", report.tool());
        string("version", report.version());
        out.writeObjectFieldStart("run");
        for (Map.Entry<String, String> fact : report.run().entrySet()) {
            string(fact.getKey(), fact.getValue());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            finding(finding, report.testOf(finding));
        }
        out.writeEndArray();
        strings("notes", report.notes());
        if (report.control() != null) {
            control(report.control());
        }
        if (report.timeline() != null) {
            out.writeArrayFieldStart("timeline");
            for (TimelineEntry step : report.timeline()) {
                step(step);
            }
            out.writeEndArray();
        }
        if (report.timelineTruncated() != null) {
            out.writeBooleanField("timelineTruncated", report.timelineTruncated());
        }
        if (report.unmatchedSuppressions() != null) {
            strings("unmatchedSuppressions", report.unmatchedSuppressions());
        }
        out.writeEndObject();
    }

    /** A finding: its kind first, then its record's components, then the test it was made in. */
    private void finding(Finding finding, TestAttribution test) throws IOException {
        out.writeStartObject();
        string("kind", finding.kind());
        if (finding instanceof DeadlockFinding deadlock) {
            deadlock(deadlock);
        } else if (finding instanceof LockOrderFinding lockOrder) {
            lockOrder(lockOrder);
        } else if (finding instanceof RaceFinding race) {
            race(race);
        } else {
            starvation((StarvationFinding) finding);
        }
        if (test != null) {
            testId(test.test());
            optional("outsideTest", test.outsideTest());
        }
        out.writeEndObject();
    }

    private void deadlock(DeadlockFinding deadlock) throws IOException {
        string("id", deadlock.id());
        string("detectedBy", deadlock.detectedBy() == null ? null : deadlock.detectedBy().label());
        out.writeArrayFieldStart("threads");
        for (DeadlockFinding.BlockedThread thread : deadlock.threads()) {
            out.writeStartObject();
            string("name", thread.name());
            out.writeNumberField("id", thread.id());
            string("waitsFor", thread.waitsFor());
            string("waitMode", thread.waitMode());
            site("waitSite", thread.waitSite());
            sites("stack", thread.stack());
            out.writeArrayFieldStart("holds");
            for (DeadlockFinding.HeldLock held : thread.holds()) {
                out.writeStartObject();
                string("lock", held.lock());
                string("kind", held.kind());
                string("mode", held.mode());
                site("site", held.site());
                sites("stack", held.stack());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("locks");
        for (DeadlockFinding.LockInfo lock : deadlock.locks()) {
            out.writeStartObject();
            string("name", lock.name());
            string("class", lock.className());
            out.writeNumberField("identityHash", lock.identityHash());
            string("kind", lock.kind());
            strings("heldBy", lock.heldBy());
            strings("waitedForBy", lock.waitedForBy());
            sites("acquiredAt", lock.acquiredAt());
            out.writeEndObject();
        }
        out.writeEndArray();
        optional("schedule", deadlock.schedule());
        optional("confirms", deadlock.confirms());
    }

    private void lockOrder(LockOrderFinding lockOrder) throws IOException {
        string("id", lockOrder.id());
        out.writeArrayFieldStart("locks");
        for (LockOrderFinding.Lock lock : lockOrder.locks()) {
            out.writeStartObject();
            string("name", lock.name());
            string("class", lock.className());
            out.writeNumberField("identityHash", lock.identityHash());
            string("kind", lock.kind());
            optional("origin", lock.origin());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("edges");
        for (LockOrderFinding.Edge edge : lockOrder.edges()) {
            out.writeStartObject();
            string("from", edge.from());
            string("fromMode", edge.fromMode());
            string("to", edge.to());
            string("toMode", edge.toMode());
            string("thread", edge.thread());
            out.writeNumberField("threadId", edge.threadId());
            site("fromSite", edge.fromSite());
            site("toSite", edge.toSite());
            sites("fromStack", edge.fromStack());
            sites("toStack", edge.toStack());
            if (edge.fromRequest() != null) {
                out.writeNumberField("fromRequest", edge.fromRequest());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        if (lockOrder.confirmed() != null) {
            out.writeBooleanField("confirmed", lockOrder.confirmed());
        }
        optional("replay", lockOrder.replay());
    }

    private void race(RaceFinding race) throws IOException {
        string("id", race.id());
        string("field", race.field());
        if (race.index() != null) {
            out.writeNumberField("index", race.index());
        }
        out.writeArrayFieldStart("accesses");
        for (RaceFinding.Access access : race.accesses()) {
            out.writeStartObject();
            string("thread", access.thread());
            out.writeNumberField("threadId", access.threadId());
            string("op", access.op());
            site("site", access.site());
            sites("stack", access.stack());
            strings("locksHeld", access.locksHeld());
            optional("call", access.call());
            out.writeEndObject();
        }
        out.writeEndArray();
        optional("confirms", race.confirms());
        optional("schedule", race.schedule());
        if (race.confirmed() != null) {
            out.writeBooleanField("confirmed", race.confirmed());
        }
        optional("replay", race.replay());
        optional("collection", race.collection());
    }

    private void starvation(StarvationFinding starvation) throws IOException {
        string("id", starvation.id());
        string("thread", starvation.thread());
        strings("starved", starvation.starved());
        site("site", starvation.site());
        out.writeNumberField("steps", starvation.steps());
        optional("schedule", starvation.schedule());
    }

    private void testId(TestAttribution.TestId test) throws IOException {
        out.writeFieldName("test");
        if (test == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        string("class", test.className());
        string("method", test.method());
        string("displayName", test.displayName());
        string("uniqueId", test.uniqueId());
        out.writeEndObject();
    }

    /** A controlled run's settings, in the order {@link ControlRun}'s {@code @JsonPropertyOrder} gives. */
    private void control(ControlRun control) throws IOException {
        out.writeObjectFieldStart("control");
        out.writeNumberField("cpus", control.cpus());
        string("policy", control.policy());
        out.writeNumberField("quantum", control.quantum());
        string("strategy", control.strategy());
        out.writeNumberField("seed", control.seed());
        out.writeNumberField("depth", control.depth());
        optional("schedule", control.schedule());
        out.writeNumberField("steps", control.steps());
        out.writeBooleanField("replayable", control.replayable());
        out.writeBooleanField("diverged", control.diverged());
        optional("replay", control.replay());
        optional("confirms", control.confirms());
        out.writeEndObject();
    }

    private void step(TimelineEntry step) throws IOException {
        out.writeStartObject();
        out.writeNumberField("step", step.step());
        string("thread", step.thread());
        out.writeNumberField("threadId", step.threadId());
        out.writeNumberField("cpu", step.cpu());
        out.writeNumberField("slice", step.slice());
        string("event", step.event());
        string("site", step.site());
        optional("timedOut", step.timedOut());
        out.writeEndObject();
    }

    /** A string, or {@code null}. */
    private void string(String name, String value) throws IOException {
        out.writeStringField(name, value);
    }

    /** A string left out when {@code null} ({@code @JsonInclude(NON_NULL)}). */
    private void optional(String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /** A site as its stack trace line, or {@code null}. */
    private void site(String name, Site site) throws IOException {
        string(name, site == null ? null : site.toString());
    }

    private void sites(String name, List<Site> sites) throws IOException {
        out.writeArrayFieldStart(name);
        for (Site site : sites) {
            out.writeString(site == null ? null : site.toString());
        }
        out.writeEndArray();
    }
}
