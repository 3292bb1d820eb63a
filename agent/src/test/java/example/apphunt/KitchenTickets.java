package example.apphunt;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

/**
 * A restaurant's waiter hands each ticket straight to the cook ({@code LinkedTransferQueue.transfer}, which waits
 * for the cook to take it) or, for drinks, tries for a moment ({@code tryTransfer(timeout)}) and keeps the ticket
 * when nobody takes it. The cook writes the ticket's status; the waiter reads it after the cook's reply.
 *
 * <p>Racy: the waiter notes the table after the cook took the ticket.
 */
// weft: expect race example.apphunt.KitchenTickets$Ticket.table threads=main,cook
public final class KitchenTickets {

    static final class Ticket {
        final String dish;
        int table;
        String status = "new";

        Ticket(String dish) {
            this.dish = dish;
        }
    }

    public static void main(String[] args) throws Exception {
        LinkedTransferQueue<Ticket> kitchen = new LinkedTransferQueue<>();
        LinkedTransferQueue<Ticket> pass = new LinkedTransferQueue<>();
        Thread cook = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    Ticket ticket = kitchen.take();
                    ticket.status = "cooked " + ticket.dish + " for " + ticket.table; // weft: race
                    pass.transfer(ticket);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cook");
        cook.start();
        StringBuilder served = new StringBuilder();
        for (String dish : new String[] {"soup", "steak", "pie"}) {
            Ticket ticket = new Ticket(dish);
            if (!kitchen.tryTransfer(ticket, 10, TimeUnit.SECONDS)) {
                kitchen.transfer(ticket);
            }
            ticket.table = dish.length(); // weft: race
            Ticket back = pass.take();
            served.append(back.status).append("; ");
        }
        cook.join();
        System.out.println(served);
    }
}
