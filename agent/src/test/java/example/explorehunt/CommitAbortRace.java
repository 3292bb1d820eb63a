package example.explorehunt;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A two-phase commit coordinator: once every participant has voted yes, the committer tells them to commit; a client
 * that gives up on the transaction tells them to abort. Each side checks that the outcome is still open and then
 * decides, in two steps: when both check before either decides, a participant is told to commit after it aborted (or
 * the reverse), and fails.
 */
// weft: expect failure
public final class CommitAbortRace {

    enum Outcome { OPEN, COMMIT, ABORT }

    static final class Participant {
        private final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.OPEN);

        boolean prepare() {
            return outcome.get() == Outcome.OPEN;
        }

        void finish(Outcome decided) {
            Outcome before = outcome.compareAndExchange(Outcome.OPEN, decided);
            if (before != Outcome.OPEN && before != decided) {
                throw new IllegalStateException("told to " + decided + " after " + before);
            }
        }
    }

    static final class Coordinator {
        private final List<Participant> participants;
        private volatile Outcome decision = Outcome.OPEN;

        Coordinator(List<Participant> participants) {
            this.participants = participants;
        }

        void decide(Outcome outcome) {
            if (decision == Outcome.OPEN) { // the bug: the check and the decision are two steps
                decision = outcome;
                participants.forEach(p -> p.finish(outcome));
            }
        }

        void commitIfAllVoteYes() {
            if (participants.stream().allMatch(Participant::prepare)) {
                decide(Outcome.COMMIT);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Coordinator coordinator = new Coordinator(List.of(new Participant(), new Participant()));
        Thread committer = new Thread(coordinator::commitIfAllVoteYes, "committer");
        Thread client = new Thread(() -> coordinator.decide(Outcome.ABORT), "client-cancel");
        committer.start();
        client.start();
        committer.join();
        client.join();
        System.out.println("decided " + coordinator.decision);
    }
}
