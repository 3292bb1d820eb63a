package example.apphunt;

import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An emergency room's triage: nurses make patient records (severity, arrival number, complaint) and put them into
 * a {@code PriorityBlockingQueue} ordered by a comparator that reads those fields; two doctors {@code poll(timeout)}
 * the most severe patient and write the treatment into the record, which {@code main} reads after joining.
 */
// weft: expect none
public final class ErTriagePriorityQueue {

    static final class Patient {
        int severity;
        int arrival;
        String complaint;
        String treatedBy;
    }

    public static void main(String[] args) throws Exception {
        PriorityBlockingQueue<Patient> waiting = new PriorityBlockingQueue<>(16,
                Comparator.comparingInt((Patient p) -> -p.severity).thenComparingInt(p -> p.arrival));
        Patient[] all = new Patient[120];
        Thread[] nurses = new Thread[2];
        for (int n = 0; n < nurses.length; n++) {
            int nurse = n;
            nurses[n] = new Thread(() -> {
                for (int i = nurse; i < all.length; i += 2) {
                    Patient p = new Patient();
                    p.severity = (i * 7) % 5;
                    p.arrival = i;
                    p.complaint = p.severity > 3 ? "chest pain" : "sprain";
                    all[i] = p;
                    waiting.put(p);
                }
            }, "nurse-" + n);
            nurses[n].start();
        }
        Thread[] doctors = new Thread[2];
        for (int d = 0; d < doctors.length; d++) {
            String name = "doctor-" + d;
            doctors[d] = new Thread(() -> {
                try {
                    for (Patient p; (p = waiting.poll(300, TimeUnit.MILLISECONDS)) != null; ) {
                        p.treatedBy = name + " for " + p.complaint;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            doctors[d].start();
        }
        for (Thread t : nurses) {
            t.join();
        }
        for (Thread t : doctors) {
            t.join();
        }
        int treated = 0;
        for (Patient p : all) {
            treated += p.treatedBy != null ? 1 : 0;
        }
        System.out.println(treated);
    }
}
