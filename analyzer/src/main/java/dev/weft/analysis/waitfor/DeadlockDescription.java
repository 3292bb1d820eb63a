package dev.weft.analysis.waitfor;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import dev.weft.report.DeadlockFinding.DetectedBy;
import dev.weft.report.DeadlockFinding.HeldLock;
import dev.weft.report.DeadlockFinding.LockInfo;
import dev.weft.report.FindingId;
import dev.weft.trace.Site;
import dev.weft.trace.Stacks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a cycle of the wait-for graph into the finding that a person reads to fix it. */
final class DeadlockDescription {

    private final WaitForGraph graph;

    DeadlockDescription(WaitForGraph graph) {
        this.graph = graph;
    }

    /** The finding for {@code cycle}: thread ids, each waiting for what the next one holds. */
    DeadlockFinding of(List<Long> cycle, DetectedBy detectedBy) {
        List<ThreadSnapshot> threads = cycle.stream().map(this::snapshot).toList();
        List<BlockedThread> blocked = new ArrayList<>();
        Set<Resource> awaited = new LinkedHashSet<>();
        List<String> idParts = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            ThreadSnapshot thread = threads.get(i);
            ThreadSnapshot holder = threads.get((i + 1) % threads.size());
            blocked.add(blockedThread(thread));
            awaited.add(thread.waiting().resource());
            idParts.add(thread.waiting().site() + " <- " + takenAt(holder, thread.waiting().resource()));
        }
        List<LockInfo> locks = awaited.stream().map(this::lockInfo).toList();
        return new DeadlockFinding(FindingId.of(DeadlockFinding.KIND, idParts), detectedBy, blocked, locks);
    }

    private ThreadSnapshot snapshot(long tid) {
        return graph.thread(tid).orElseThrow(() -> new IllegalArgumentException("thread " + tid + " is not in the graph"));
    }

    private BlockedThread blockedThread(ThreadSnapshot thread) {
        Wait wait = thread.waiting();
        List<Site> stack = Stacks.withoutWeftFrames(thread.stack());
        List<HeldLock> holds = thread.holds().stream()
                .map(h -> new HeldLock(name(h.resource()), h.resource().kind().label(), mode(h.mode()), h.site(),
                        Stacks.ofAcquisition(h.site(), stack)))
                .toList();
        return new BlockedThread(thread.name(), thread.tid(), name(wait.resource()), mode(wait.mode()), wait.site(),
                stack.isEmpty() ? List.of(wait.site()) : stack, holds);
    }

    private LockInfo lockInfo(Resource resource) {
        List<String> heldBy = new ArrayList<>();
        List<Site> acquiredAt = new ArrayList<>();
        for (WaitForGraph.Holder holder : graph.holdersOf(resource)) {
            heldBy.add(holder.thread().name());
            if (holder.hold() != null) {
                acquiredAt.add(holder.hold().site());
            }
        }
        List<String> waitedForBy = graph.waitersFor(resource).stream().map(ThreadSnapshot::name).toList();
        return new LockInfo(name(resource), resource.className(), resource.identityHash(), resource.kind().label(),
                heldBy, waitedForBy, acquiredAt);
    }

    /** Where {@code holder} took {@code resource}: stable across runs, unlike ids and hashes. */
    private static String takenAt(ThreadSnapshot holder, Resource resource) {
        if (resource.kind() == Resource.Kind.THREAD) {
            return "thread end";
        }
        return holder.holds().stream().filter(h -> h.resource().equals(resource))
                .map(h -> h.site().toString()).sorted().toList().toString();
    }

    private String name(Resource resource) {
        if (resource.kind() != Resource.Kind.THREAD) {
            return resource.displayName();
        }
        return graph.thread(resource.id()).map(t -> "thread \"" + t.name() + "\" (id " + t.tid() + ")")
                .orElse("thread (id " + resource.id() + ")");
    }

    private static String mode(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
