package example.apphunt;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/**
 * A release tool schedules its steps on a {@code java.util.Timer} at absolute times ({@code schedule(task, Date)}),
 * cancels a step it no longer needs and {@code purge}s the timer; the last step writes the release notes and wakes the
 * tool through the tool's monitor ({@code wait}/{@code notifyAll} on a done flag); the tool then reads what every step
 * wrote and cancels the timer.
 */
// weft: expect none
public final class ReleaseNotesTimerDates {

    static final class Release {
        final List<String> notes = new ArrayList<>();
        String tag;
        int artifacts;
        boolean done;
    }

    public static void main(String[] args) throws Exception {
        Release release = new Release();
        release.tag = "v2.4.0";
        Timer timer = new Timer("release-timer");
        long now = System.currentTimeMillis();
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                release.artifacts = 3;
                release.notes.add("built " + release.tag);
            }
        }, new Date(now + 5));
        TimerTask rollback = new TimerTask() {
            @Override
            public void run() {
                release.notes.add("rolled back");
            }
        };
        timer.schedule(rollback, new Date(now + 60_000));
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                release.artifacts += 2;
                release.notes.add("signed " + release.artifacts + " artifacts");
            }
        }, new Date(now + 10));
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                release.notes.add("published " + release.tag);
                synchronized (release) {
                    release.done = true;
                    release.notifyAll();
                }
            }
        }, new Date(now + 15));
        rollback.cancel();
        int purged = timer.purge();
        synchronized (release) {
            while (!release.done) {
                release.wait();
            }
        }
        System.out.println(release.notes + ", " + release.artifacts + " artifacts, purged " + purged);
        timer.cancel();
    }
}
