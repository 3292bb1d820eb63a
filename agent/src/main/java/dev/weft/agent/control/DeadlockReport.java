package dev.weft.agent.control;

import dev.weft.agent.report.UserStack;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import dev.weft.report.DeadlockFinding.HeldLock;
import dev.weft.report.DeadlockFinding.LockInfo;
import dev.weft.report.FindingId;
import dev.weft.schedule.Decision;
import dev.weft.schedule.Machine;
import dev.weft.schedule.OpKind;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * Turns a deadlock of the scheduling model into a {@link DeadlockFinding}: the threads of the cycle (or
 * every blocked thread, when they do not form one: e.g. a wait that no notify can end), what each waits
 * for and holds, with the sites where the locks were taken.
 */
final class DeadlockReport {

    private final SiteRegistry sites;

    DeadlockReport(SiteRegistry sites) {
        this.sites = sites;
    }

    /**
     * The finding of {@code deadlock}.
     *
     * @param machine  the model, for names and held locks
     * @param threads  the JVM thread of each model thread
     * @param names    the name of each lock id
     * @param schedule the run's schedule file, or {@code null}
     * @param confirms the id of the prediction this run was steered toward, or {@code null}
     */
    DeadlockFinding of(Decision.Deadlock deadlock, Machine machine, IntFunction<Thread> threads,
                       LongFunction<LockName> names, String schedule, String confirms) {
        List<Decision.Blocked> shown = cycle(deadlock.blocked());
        Map<String, LockInfo> locks = new LinkedHashMap<>();
        List<BlockedThread> blocked = new ArrayList<>();
        List<String> idParts = new ArrayList<>();
        for (Decision.Blocked b : shown) {
            Site waitSite = sites.site(b.op().site());
            idParts.add(waitSite.toString());
            String waitsFor = waitedFor(b, machine, names);
            List<HeldLock> holds = new ArrayList<>();
            machine.held(b.tid()).forEach((lock, site) -> holds.add(new HeldLock(name(names, lock),
                    names.apply(lock) == null ? "monitor" : names.apply(lock).kind(),
                    machine.holdsShared(b.tid(), lock) ? "shared" : "exclusive", sites.site(site), List.of(sites.site(site)))));
            String mode = b.op().kind() == OpKind.READ_LOCK ? "shared" : "exclusive";
            blocked.add(new BlockedThread(machine.name(b.tid()), threads.apply(b.tid()).getId(), waitsFor, mode,
                    waitSite, UserStack.of(threads.apply(b.tid()).getStackTrace()), holds));
            if (!locks.containsKey(waitsFor)) {
                List<String> holders = new ArrayList<>();
                List<Site> acquiredAt = new ArrayList<>();
                if (b.owner() >= 0 && b.op().kind() != OpKind.JOIN) {
                    holders.add(machine.name(b.owner()));
                    Integer site = machine.held(b.owner()).get(b.op().target());
                    if (site != null) {
                        acquiredAt.add(sites.site(site));
                        idParts.add(sites.site(site).toString());
                    }
                } else if (b.op().kind() == OpKind.JOIN && b.owner() >= 0) {
                    holders.add(machine.name(b.owner()));
                }
                List<String> waiters = deadlock.blocked().stream()
                        .filter(o -> waitedFor(o, machine, names).equals(waitsFor)).map(o -> machine.name(o.tid())).toList();
                LockName lockName = b.op().kind() == OpKind.JOIN ? null : names.apply(b.op().target());
                locks.put(waitsFor, new LockInfo(waitsFor, lockName == null ? Thread.class.getName() : lockName.className(),
                        lockName == null ? 0 : lockName.identityHash(), lockName == null ? "thread" : lockName.kind(),
                        holders, waiters, acquiredAt));
            }
        }
        return new DeadlockFinding(FindingId.of(DeadlockFinding.KIND, idParts), DeadlockFinding.DetectedBy.SCHEDULING_MODEL,
                blocked, List.copyOf(locks.values()), schedule, confirms);
    }

    /** The threads of a cycle of "waits for a lock held by", in cycle order; all of them if there is none. */
    private static List<Decision.Blocked> cycle(List<Decision.Blocked> blocked) {
        Map<Integer, Decision.Blocked> byTid = new LinkedHashMap<>();
        blocked.forEach(b -> byTid.put(b.tid(), b));
        for (Decision.Blocked start : blocked) {
            List<Decision.Blocked> path = new ArrayList<>();
            Decision.Blocked at = start;
            while (at != null && !path.contains(at)) {
                path.add(at);
                at = byTid.get(at.owner());
            }
            if (at != null) {
                return path.subList(path.indexOf(at), path.size());
            }
        }
        return blocked;
    }

    private static String waitedFor(Decision.Blocked b, Machine machine, LongFunction<LockName> names) {
        if (b.op().kind() == OpKind.JOIN) {
            return b.owner() < 0 ? "an unknown thread" : "thread \"" + machine.name(b.owner()) + "\"";
        }
        return name(names, b.op().target());
    }

    private static String name(LongFunction<LockName> names, long lock) {
        LockName name = names.apply(lock);
        return name == null ? "lock #" + lock : name.name();
    }
}
