package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A calendar schedules reminder e-mails as one-shot {@code Callable}s with {@code schedule(callable, delay)}; each
 * renders a mutable e-mail object the calendar reads through the {@code ScheduledFuture}'s {@code get()}. Reminders
 * a user dismisses are cancelled before they run (a cancelled one may have run already: its e-mail is then
 * simply not read).
 */
// weft: expect none
public final class ReminderScheduleCallable {

    static final class Email {
        String to;
        String subject;
        int attendees;
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService mailer = Executors.newScheduledThreadPool(2, new NamedThreads("mailer"));
        List<ScheduledFuture<Email>> reminders = new ArrayList<>();
        for (int meeting = 0; meeting < 20; meeting++) {
            String owner = "user" + meeting % 4 + "@example.org";
            int attendees = 2 + meeting % 6;
            int id = meeting;
            reminders.add(mailer.schedule(() -> {
                Email email = new Email();
                email.to = owner;
                email.subject = "Meeting " + id + " starts soon";
                email.attendees = attendees;
                return email;
            }, meeting % 3, TimeUnit.MILLISECONDS));
        }
        int dismissed = 0;
        for (int i = 0; i < reminders.size(); i += 5) {
            dismissed += reminders.get(i).cancel(false) ? 1 : 0;
        }
        int sent = 0;
        int attendees = 0;
        for (ScheduledFuture<Email> reminder : reminders) {
            if (!reminder.isCancelled()) {
                Email email = reminder.get();
                attendees += email.attendees;
                sent += email.subject.isEmpty() || email.to.isEmpty() ? 0 : 1;
            }
        }
        mailer.shutdown();
        System.out.println(sent + " reminders sent, " + attendees + " attendees, dismissed " + (dismissed >= 0));
    }
}
