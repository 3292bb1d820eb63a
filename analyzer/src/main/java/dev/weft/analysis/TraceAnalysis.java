package dev.weft.analysis;

import dev.weft.analysis.lockorder.LockOrderAnalysis;
import dev.weft.analysis.lockorder.LockOrderDetector;
import dev.weft.analysis.race.RaceDetector;
import dev.weft.analysis.waitfor.DeadlockDetector;
import dev.weft.analysis.waitfor.LockStates;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.Report;
import dev.weft.trace.io.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs weft's analyses on a recorded {@link Trace} and gathers their findings in one {@link Report}: the
 * deadlock the run ended in, if any (the wait-for graph of the last state); the deadlocks another
 * schedule could produce (the lock-order graph, leaving out the cycles that really deadlocked); and the
 * data races. Pure: the trace in, the report out.
 *
 * @param version weft's version, for the report
 * @param kinds   the kinds of finding to look for: {@code deadlock}, {@code lock-order}, {@code race}
 */
public record TraceAnalysis(String version, Set<String> kinds) {

    /** The findings of {@code trace}. */
    public Report analyze(Trace trace) {
        Report report = Report.of(version).withRun("events", Integer.toString(trace.events().size()));
        List<String> notes = new ArrayList<>();
        if (trace.truncated()) {
            notes.add("the trace was cut off in its last record (the JVM ended while recording); analysed up to it");
        }
        List<Set<Long>> deadlockedLocks = new ArrayList<>();
        if (kinds.contains(DeadlockFinding.KIND) || kinds.contains("lock-order")) {
            LockStates states = new LockStates(trace.names());
            states.applyAll(trace.events());
            List<ThreadSnapshot> last = states.snapshots();
            DeadlockDetector.Result deadlocks = new DeadlockDetector().search(last);
            deadlockedLocks = awaitedLocks(deadlocks.findings(), last);
            if (kinds.contains(DeadlockFinding.KIND)) {
                report = report.withFindings(deadlocks.findings());
                notes.addAll(deadlocks.notes());
            }
        }
        if (kinds.contains("lock-order")) {
            LockOrderDetector.Result lockOrder = new LockOrderAnalysis(trace.names()).search(trace.events(), deadlockedLocks);
            report = report.withFindings(lockOrder.findings());
            notes.addAll(lockOrder.notes());
        }
        if (kinds.contains("race")) {
            report = report.withFindings(new RaceDetector(trace.names().forRaces()).find(trace.events()));
        }
        return report.withNotes(notes);
    }

    /** For each real deadlock, the ids of the locks its threads wait for. */
    private static List<Set<Long>> awaitedLocks(List<DeadlockFinding> deadlocks, List<ThreadSnapshot> snapshots) {
        Map<Long, ThreadSnapshot> byTid = new HashMap<>();
        snapshots.forEach(s -> byTid.put(s.tid(), s));
        List<Set<Long>> locks = new ArrayList<>();
        for (DeadlockFinding deadlock : deadlocks) {
            Set<Long> ids = new HashSet<>();
            for (DeadlockFinding.BlockedThread thread : deadlock.threads()) {
                ThreadSnapshot snapshot = byTid.get(thread.id());
                if (snapshot != null && snapshot.waiting() != null) {
                    ids.add(snapshot.waiting().resource().id());
                }
            }
            locks.add(ids);
        }
        return locks;
    }
}
