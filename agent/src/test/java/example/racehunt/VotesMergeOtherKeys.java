package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Two tally clerks {@code merge} votes for different answers of a poll, each remapping function noting the running
 * total in a plain field: the merges of two keys run at once, so the two notes race.
 */
// weft: expect race example.racehunt.VotesMergeOtherKeys.lastTotal threads=clerk-yes,clerk-no
public final class VotesMergeOtherKeys {

    private static final ConcurrentHashMap<String, Integer> VOTES = new ConcurrentHashMap<>();
    private static int lastTotal;

    static void vote(String answer) {
        VOTES.merge(answer, 1, (before, one) -> {
            lastTotal = before + one; // weft: race
            return before + one;
        });
    }

    public static void main(String[] args) throws InterruptedException {
        VOTES.put("yes", 0); // present: merge runs its function
        VOTES.put("no", 0);
        Threads.runAll(new String[] {"clerk-yes", "clerk-no"}, () -> vote("yes"), () -> vote("no"));
        System.out.println(VOTES + " last " + lastTotal);
    }
}
