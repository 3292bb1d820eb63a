package example.apphunt;

import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A help desk triages tickets in a {@code PriorityBlockingQueue} ordered by severity (a comparator reading a plain
 * field); two agents take tickets and write the resolution; the desk reads the resolutions after joining them.
 */
// weft: expect none
public final class HelpDeskTriage {

    static final class Ticket {
        final int id;
        int severity;
        String resolution;
        String agent;

        Ticket(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws Exception {
        PriorityBlockingQueue<Ticket> queue = new PriorityBlockingQueue<>(8, Comparator.comparingInt((Ticket t) -> -t.severity));
        Ticket[] tickets = new Ticket[8];
        for (int i = 0; i < tickets.length; i++) {
            tickets[i] = new Ticket(i);
            tickets[i].severity = i % 3;
            queue.put(tickets[i]);
        }
        Thread[] agents = new Thread[2];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = new Thread(() -> {
                try {
                    Ticket ticket;
                    while ((ticket = queue.poll(50, TimeUnit.MILLISECONDS)) != null) {
                        ticket.agent = Thread.currentThread().getName();
                        ticket.resolution = "fixed #" + ticket.id + " (severity " + ticket.severity + ")";
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "agent-" + a);
            agents[a].start();
        }
        for (Thread agent : agents) {
            agent.join();
        }
        int resolved = 0;
        for (Ticket ticket : tickets) {
            resolved += ticket.resolution != null && ticket.agent != null ? 1 : 0;
        }
        System.out.println(resolved + " resolved");
    }
}
