package example.racehunt;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The fixed twin of {@code TicketsGenerateParallel}: the ticket counter is an {@code AtomicInteger}. */
// weft: expect none
public final class TicketsGenerateParallelAtomic {

    static final class Tickets {
        final AtomicInteger next = new AtomicInteger();

        Integer take() {
            return next.getAndIncrement();
        }
    }

    public static void main(String[] args) {
        Tickets tickets = new Tickets();
        long sum = Stream.generate(tickets::take).parallel().limit(20_000).mapToLong(Integer::longValue).sum();
        System.out.println(sum);
    }
}
