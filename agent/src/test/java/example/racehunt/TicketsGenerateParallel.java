package example.racehunt;

import java.util.stream.Stream;

/**
 * A parallel {@code Stream.generate} draws ticket numbers through a method reference from a plain counter, in the
 * common pool's workers and main. The first draw of each of two threads waits for the other ({@link Meeting}), so
 * that a worker takes part in any order the threads run.
 */
// weft: expect race example.racehunt.TicketsGenerateParallel$Tickets.next threads=main,ForkJoinPool.commonPool-worker-*
public final class TicketsGenerateParallel {

    static final class Tickets {
        final Meeting twoThreads = new Meeting(2);
        int next;

        Integer take() {
            twoThreads.attend();
            return next++; // weft: race
        }
    }

    public static void main(String[] args) {
        Tickets tickets = new Tickets();
        long sum = Stream.generate(tickets::take).parallel().limit(20_000).mapToLong(Integer::longValue).sum();
        System.out.println(sum);
    }
}
