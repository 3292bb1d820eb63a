package example.explorehunt;

import java.util.Timer;
import java.util.TimerTask;

/**
 * A reminder scheduled on a {@code java.util.Timer} records when it was sent; main cancels the timer and reads the
 * record, taking {@code cancel()} for a wait for the task. {@code Timer.cancel()} neither waits for a task that runs or
 * has run nor orders anything with it: the task's write and main's read race.
 */
// weft: expect race example.explorehunt.ReminderTimerCancelRead.sentAt
public final class ReminderTimerCancelRead {

    static long sentAt;

    public static void main(String[] args) {
        Timer timer = new Timer("reminders");
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                sentAt = 42;
            }
        }, 0);
        timer.cancel(); // the bug: does not wait for the task, nor order its write before the read below
        System.out.println("sent at " + sentAt);
    }
}
