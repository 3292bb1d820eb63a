package example.explorehunt;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The twin of {@link CommitAbortRace}: the coordinator's decision is one {@code compareAndSet}, and only the side that
 * made it tells the participants, so each is told one outcome.
 */
// weft: expect none
public final class CommitAbortDecideOnce {

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
        private final AtomicReference<Outcome> decision = new AtomicReference<>(Outcome.OPEN);

        Coordinator(List<Participant> participants) {
            this.participants = participants;
        }

        void decide(Outcome outcome) {
            if (decision.compareAndSet(Outcome.OPEN, outcome)) {
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
        System.out.println("decided " + coordinator.decision.get());
    }
}
