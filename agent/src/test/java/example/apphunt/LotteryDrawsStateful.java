package example.apphunt;

import example.racehunt.Meeting;
import java.util.stream.Stream;

/**
 * A lottery counts the weekly tickets a parallel stream draws after {@code limit(n)} in a plain field of its own:
 * every worker of the second phase increments it, unordered. The first ticket of each of two threads in that phase
 * waits for the other ({@link Meeting}), so that a worker takes part in any order the threads run.
 */
// weft: expect race example.apphunt.LotteryDrawsStateful.drawn threads=main,ForkJoinPool.commonPool-worker-*
public final class LotteryDrawsStateful {

    static final class Ticket {
        final long number;
        final String draw;

        Ticket(long number, String draw) {
            this.number = number;
            this.draw = draw;
        }
    }

    static long drawn;

    public static void main(String[] args) {
        Meeting twoThreads = new Meeting(2);
        Stream.iterate(new Ticket(1, "weekly"), t -> new Ticket(t.number + 1, t.draw)).parallel().limit(4_000)
                .filter(t -> t.draw.equals("weekly")).peek(t -> twoThreads.attend())
                .forEach(t -> drawn++); // weft: race
        System.out.println(drawn);
    }
}
