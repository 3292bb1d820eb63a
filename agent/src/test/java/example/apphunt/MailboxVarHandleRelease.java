package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A single-slot mailbox between a sensor thread and a display thread: the sensor fills a new mutable reading and
 * publishes it with a {@code VarHandle}'s {@code setRelease} on a plain field; the display polls with
 * {@code getAcquire}, reads the reading's fields, and hands the slot back with {@code compareAndSet} to {@code null}.
 */
// weft: expect none
public final class MailboxVarHandleRelease {

    static final class Reading {
        int celsius;
        long takenAt;
        String unit;
    }

    static final class Mailbox {
        Reading slot;
    }

    static final VarHandle SLOT;

    static {
        try {
            SLOT = MethodHandles.lookup().findVarHandle(Mailbox.class, "slot", Reading.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Mailbox mailbox = new Mailbox();
        int readings = 300;
        Thread sensor = new Thread(() -> {
            for (int i = 0; i < readings; i++) {
                Reading reading = new Reading();
                reading.celsius = 15 + i % 10;
                reading.takenAt = i;
                reading.unit = "C";
                while (SLOT.getAcquire(mailbox) != null) {
                    Thread.onSpinWait();
                }
                SLOT.setRelease(mailbox, reading);
            }
        }, "sensor");
        long[] sum = new long[1];
        Thread display = new Thread(() -> {
            for (int shown = 0; shown < readings; ) {
                Reading reading = (Reading) SLOT.getAcquire(mailbox);
                if (reading == null) {
                    Thread.onSpinWait();
                    continue;
                }
                sum[0] += reading.celsius + reading.takenAt + reading.unit.length();
                SLOT.compareAndSet(mailbox, reading, null);
                shown++;
            }
        }, "display");
        sensor.start();
        display.start();
        sensor.join();
        display.join();
        System.out.println(sum[0]);
    }
}
