package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The twin of {@link BallotFrequencyWhileCast}: the vote and the count hold the ballot's monitor. */
// weft: expect none
public final class BallotFrequencyLocked {

    static final List<String> votes = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        votes.add("ada");
        Runnable voter = () -> {
            synchronized (votes) {
                votes.add("grace");
            }
        };
        Runnable teller = () -> {
            int count;
            synchronized (votes) {
                count = Collections.frequency(votes, "ada");
            }
            System.out.println("ada: " + count);
        };
        Threads.runAll(new String[] {"voter", "teller"}, voter, teller);
    }
}
