package example.apphunt;

/**
 * An on-call pager keeps one pending alert in a mailbox guarded by its monitor: the monitoring thread waits while the
 * slot is full with {@code wait(timeout)} in a loop, fills the alert's fields and {@code notify()}s; the pager thread
 * waits with {@code wait(timeout)} while it is empty, takes the alert and acknowledges it. The alert object, plain, is
 * only touched by the holder of the monitor or by the thread that took it out.
 */
// weft: expect none
public final class PagerWaitTimeoutNotify {

    static final class Alert {
        String service;
        int severity;
        String acknowledgedBy;
    }

    static final class Mailbox {
        private Alert pending;

        synchronized void put(Alert alert) throws InterruptedException {
            while (pending != null) {
                wait(50);
            }
            pending = alert;
            notify();
        }

        synchronized Alert take() throws InterruptedException {
            while (pending == null) {
                wait(50);
            }
            Alert alert = pending;
            pending = null;
            notify();
            return alert;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Mailbox mailbox = new Mailbox();
        Alert[] sent = new Alert[80];
        int[] critical = new int[1];
        Thread pager = new Thread(() -> {
            try {
                for (int i = 0; i < sent.length; i++) {
                    Alert alert = mailbox.take();
                    alert.acknowledgedBy = "on-call";
                    critical[0] += alert.severity >= 4 ? 1 : 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pager");
        pager.start();
        for (int i = 0; i < sent.length; i++) {
            Alert alert = new Alert();
            alert.service = "svc-" + i % 9;
            alert.severity = i % 5;
            sent[i] = alert;
            mailbox.put(alert);
        }
        pager.join();
        for (Alert alert : sent) {
            if (alert.acknowledgedBy == null) {
                throw new IllegalStateException(alert.service + " not acknowledged");
            }
        }
        System.out.println(sent.length + " alerts, " + critical[0] + " critical");
    }
}
