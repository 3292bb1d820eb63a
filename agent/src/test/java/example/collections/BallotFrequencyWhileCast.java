package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A teller counts one candidate's votes with {@code Collections.frequency} while a voter casts a vote into the same list, with no lock. */
// weft: expect race example.collections.BallotFrequencyWhileCast.votes threads=voter,teller collection=java.util.ArrayList
public final class BallotFrequencyWhileCast {

    static final List<String> votes = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        votes.add("ada");
        Runnable voter = () -> votes.add("grace"); // weft: race
        Runnable teller = () -> System.out.println("ada: " + Collections.frequency(votes, "ada")); // weft: race
        Threads.runAll(new String[] {"voter", "teller"}, voter, teller);
    }
}
