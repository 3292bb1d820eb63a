package example.apphunt;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Vector;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A print server with a legacy status page: jobs (plain fields) are spooled into a {@code Vector} and a
 * {@code ConcurrentLinkedQueue} by client threads, while the status page walks {@code spool.elements()} (each
 * {@code nextElement} locks the vector) and {@code Collections.enumeration(held)} (the queue's weakly consistent
 * iterator) without holding any lock: both may meet jobs added after the walk began, each add ordered before that read.
 */
// weft: expect none
public final class PrintSpoolLegacyEnumeration {

    static final class Job {
        String owner;
        int pages;
        boolean duplex;
    }

    public static void main(String[] args) throws InterruptedException {
        Vector<Job> spool = new Vector<>();
        ConcurrentLinkedQueue<Job> held = new ConcurrentLinkedQueue<>();
        Thread[] clients = new Thread[2];
        for (int c = 0; c < clients.length; c++) {
            int client = c;
            clients[c] = new Thread(() -> {
                for (int i = 0; i < 1500; i++) {
                    Job job = new Job();
                    job.owner = "user" + client + "-" + i % 30;
                    job.pages = 1 + i % 12;
                    job.duplex = i % 3 == 0;
                    spool.add(job);
                    if (job.pages > 10) {
                        held.add(job);
                    }
                    if (i % 10 == 0) {
                        Thread.yield(); // let the status page overlap the spooling
                    }
                }
            }, "client-" + c);
        }
        long[] shown = new long[1];
        Thread status = new Thread(() -> {
            for (int refresh = 0; refresh < 100; refresh++) {
                for (Enumeration<Job> jobs = spool.elements(); jobs.hasMoreElements(); ) {
                    Job job = jobs.nextElement();
                    shown[0] += job.pages * (job.duplex ? 1 : 2) + job.owner.length();
                }
                for (Enumeration<Job> jobs = Collections.enumeration(held); jobs.hasMoreElements(); ) {
                    shown[0] += jobs.nextElement().owner.length();
                }
            }
        }, "status-page");
        status.start();
        for (Thread client : clients) {
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        status.join();
        System.out.println(spool.size() + " jobs, " + (shown[0] > 0));
    }
}
