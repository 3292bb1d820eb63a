package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/** The picker's own list compares tickets with equals, which reads the seat that the booker is changing. */
// weft: expect race example.racehunt.EqualsInIndexOf$Ticket.seat threads=booker,picker
public final class EqualsInIndexOf {

    static final class Ticket {
        int seat;

        Ticket(int seat) {
            this.seat = seat;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ticket t && t.seat == seat; // weft: race
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ticket shared = new Ticket(1);
        Threads.runAll(new String[] {"booker", "picker"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        shared.seat = i; // weft: race
                    }
                },
                () -> {
                    List<Ticket> wanted = new ArrayList<>(List.of(new Ticket(7), new Ticket(9)));
                    int hits = 0;
                    for (int i = 0; i < 100; i++) {
                        hits += wanted.indexOf(shared) >= 0 ? 1 : 0;
                    }
                    System.out.println("hits " + hits);
                });
    }
}
