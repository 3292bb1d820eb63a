package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The correct twin of {@link VotesMergeOtherKeys}: both clerks {@code merge} votes for the same answer, whose merges
 * the map runs one after the other, so the note written inside them is ordered; so is a {@code computeIfPresent} of
 * that answer reading the note after the other clerk's merge.
 */
// weft: expect none
public final class VotesMergeSameKey {

    private static final ConcurrentHashMap<String, Integer> VOTES = new ConcurrentHashMap<>();
    private static int lastTotal;

    static void vote(String answer) {
        VOTES.merge(answer, 1, (before, one) -> {
            lastTotal = before + one;
            return before + one;
        });
        VOTES.computeIfPresent(answer, (key, total) -> total + lastTotal - lastTotal);
    }

    public static void main(String[] args) throws InterruptedException {
        VOTES.put("yes", 0); // present: merge runs its function
        Threads.runAll(new String[] {"clerk-1", "clerk-2"}, () -> vote("yes"), () -> vote("yes"));
        System.out.println(VOTES + " last " + lastTotal);
    }
}
