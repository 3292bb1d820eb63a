package example.apphunt;

import java.util.Enumeration;
import java.util.Vector;

/**
 * The legacy status page of {@code PrintSpoolLegacyEnumeration}, racy: a client switches its first job to duplex
 * after its last {@code add}, and the status page, having seen every job through {@code size()}, walks
 * {@code spool.elements()} and reads that flag, unordered with the change in any interleaving.
 */
// weft: expect race example.apphunt.PrintSpoolLegacyEnumerationLate$Job.duplex threads=client,status-page
public final class PrintSpoolLegacyEnumerationLate {

    static final class Job {
        int pages;
        boolean duplex;
    }

    public static void main(String[] args) throws InterruptedException {
        Vector<Job> spool = new Vector<>();
        int count = 300;
        Thread client = new Thread(() -> {
            Job first = null;
            for (int i = 0; i < count; i++) {
                Job job = new Job();
                job.pages = 1 + i % 12;
                spool.add(job);
                first = first == null ? job : first;
            }
            first.duplex = true; // weft: race
        }, "client");
        long[] sheets = new long[1];
        Thread status = new Thread(() -> {
            while (spool.size() < count) {
                Thread.onSpinWait();
            }
            for (Enumeration<Job> jobs = spool.elements(); jobs.hasMoreElements(); ) {
                Job job = jobs.nextElement();
                sheets[0] += job.duplex ? (job.pages + 1) / 2 : job.pages; // weft: race
            }
        }, "status-page");
        status.start();
        client.start();
        client.join();
        status.join();
        System.out.println(sheets[0] > 0);
    }
}
