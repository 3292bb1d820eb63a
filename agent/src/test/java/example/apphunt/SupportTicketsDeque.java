package example.apphunt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * A help desk queues tickets on a {@code LinkedBlockingDeque}: urgent ones go to the front with {@code putFirst},
 * ordinary ones to the back with {@code offerLast(ticket, timeout)}; agents take from the front with
 * {@code pollFirst(timeout)}, write their resolution into the ticket and hand it to a {@code ConcurrentLinkedQueue} of
 * resolved tickets, which the desk reads after joining the agents. A ticket marked as closing stops an agent.
 */
// weft: expect none
public final class SupportTicketsDeque {

    static final class Ticket {
        final int number;
        final boolean urgent;
        final boolean closing;
        String customer;
        String resolution;
        String agent;

        Ticket(int number, boolean urgent, boolean closing) {
            this.number = number;
            this.urgent = urgent;
            this.closing = closing;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingDeque<Ticket> desk = new LinkedBlockingDeque<>(32);
        ConcurrentLinkedQueue<Ticket> resolved = new ConcurrentLinkedQueue<>();
        Thread[] agents = new Thread[2];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = new Thread(() -> {
                try {
                    while (true) {
                        Ticket ticket = desk.pollFirst(10, TimeUnit.SECONDS);
                        if (ticket == null || ticket.closing) {
                            return;
                        }
                        ticket.resolution = (ticket.urgent ? "escalated " : "answered ") + ticket.customer;
                        ticket.agent = Thread.currentThread().getName();
                        resolved.add(ticket);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "agent-" + a);
            agents[a].start();
        }
        for (int n = 0; n < 150; n++) {
            Ticket ticket = new Ticket(n, n % 5 == 0, false);
            ticket.customer = "customer-" + n % 23;
            if (ticket.urgent) {
                desk.putFirst(ticket);
            } else if (!desk.offerLast(ticket, 10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("desk full");
            }
        }
        for (Thread agent : agents) {
            desk.putLast(new Ticket(-1, false, true));
        }
        for (Thread agent : agents) {
            agent.join();
        }
        int escalated = 0;
        for (Ticket ticket : resolved) {
            escalated += ticket.resolution.startsWith("escalated") ? 1 : 0;
            if (ticket.agent == null) {
                throw new IllegalStateException("no agent");
            }
        }
        System.out.println(resolved.size() + " resolved, " + escalated + " escalated");
    }
}
