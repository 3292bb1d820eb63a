package example.apphunt;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * A care app schedules medication reminders on a {@code java.util.Timer}: the patient's plan is written before
 * {@code schedule}; each reminder task reads it and writes its own sent text; the app waits on a latch the tasks
 * count down, cancels the timer and reads the texts.
 */
// weft: expect none
public final class MedicationRemindersFixed {

    static final class Plan {
        String patient;
        String drug;
    }

    static final class Reminder extends TimerTask {
        private final Plan plan;
        private final CountDownLatch sent;
        final int hour;
        String text;

        Reminder(Plan plan, CountDownLatch sent, int hour) {
            this.plan = plan;
            this.sent = sent;
            this.hour = hour;
        }

        @Override
        public void run() {
            text = hour + ":00 " + plan.patient + " take " + plan.drug;
            sent.countDown();
        }
    }

    public static void main(String[] args) throws Exception {
        Timer timer = new Timer("reminders");
        Plan plan = new Plan();
        plan.patient = "Ann";
        plan.drug = "aspirin";
        CountDownLatch sent = new CountDownLatch(3);
        Reminder[] reminders = new Reminder[3];
        for (int i = 0; i < reminders.length; i++) {
            reminders[i] = new Reminder(plan, sent, 8 + 4 * i);
            timer.schedule(reminders[i], 5L * (i + 1));
        }
        sent.await();
        timer.cancel();
        for (Reminder reminder : reminders) {
            System.out.println(reminder.text);
        }
        plan.drug = "none";
    }
}
