package dev.weft.analysis.lockorder;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.report.LockOrderFinding;
import dev.weft.trace.Site;
import dev.weft.trace.Stacks;
import java.util.ArrayList;
import java.util.List;

/** Turns a lock-order cycle and its chosen witnesses into the finding that a person reads to fix it. */
final class LockOrderDescription {

    private final LockOrderDetector.Names names;

    LockOrderDescription(LockOrderDetector.Names names) {
        this.names = names;
    }

    /** The finding for {@code cycle}, whose edge {@code i} is witnessed by {@code witnesses.get(i)}. */
    LockOrderFinding of(List<TakenBefore> cycle, List<Witness> witnesses) {
        List<LockOrderFinding.Lock> locks = new ArrayList<>();
        List<LockOrderFinding.Edge> edges = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            TakenBefore edge = cycle.get(i);
            Witness w = witnesses.get(i);
            locks.add(lock(edge.from()));
            Site fromSite = names.site(w.fromSite());
            Site toSite = names.site(w.toSite());
            edges.add(new LockOrderFinding.Edge(name(edge.from()), mode(w.fromShared()), name(edge.to()),
                    mode(w.toShared()), names.threadName(w.tid()), w.tid(), fromSite, toSite,
                    Stacks.ofAcquisition(fromSite, w.stack()), w.stack().isEmpty() ? List.of(toSite) : w.stack(),
                    w.fromRequest() > 0 ? w.fromRequest() : null));
        }
        return LockOrderFinding.of(locks, edges);
    }

    private LockOrderFinding.Lock lock(long lock) {
        Resource r = names.lock(lock);
        return new LockOrderFinding.Lock(r.displayName(), r.className(), r.identityHash(), r.kind().label(),
                names.origin(lock));
    }

    private String name(long lock) {
        return names.lock(lock).displayName();
    }

    private static String mode(boolean shared) {
        return shared ? "shared" : "exclusive";
    }
}
