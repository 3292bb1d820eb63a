package example.apphunt;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * A newsletter service renders each issue in a {@code TimerTask} scheduled on a {@code java.util.Timer} with a small
 * delay; the task fills the issue's plain fields and counts down a latch. The editor waits on the latch, cancels the
 * timer and reads every issue; one more task, scheduled at a fixed rate, counts its own runs in a field of its own and
 * cancels itself after five, which the editor reads after the latch as well.
 */
// weft: expect none
public final class NewsletterTimerTasks {

    static final class Issue {
        final int number;
        String headline;
        int words;

        Issue(int number) {
            this.number = number;
        }
    }

    static final class Heartbeat extends TimerTask {
        final CountDownLatch done;
        int beats;

        Heartbeat(CountDownLatch done) {
            this.done = done;
        }

        @Override
        public void run() {
            beats++;
            if (beats == 5) {
                cancel();
                done.countDown();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("newsletter-timer");
        Issue[] issues = new Issue[10];
        CountDownLatch done = new CountDownLatch(issues.length + 1);
        for (int i = 0; i < issues.length; i++) {
            Issue issue = new Issue(i);
            issues[i] = issue;
            timer.schedule(new TimerTask() {
                @Override
                public void run() {
                    issue.headline = "Issue " + issue.number + ": what's new";
                    issue.words = 300 + issue.number * 17;
                    done.countDown();
                }
            }, i % 3);
        }
        Heartbeat heartbeat = new Heartbeat(done);
        timer.scheduleAtFixedRate(heartbeat, 0, 1);
        done.await();
        timer.cancel();
        int words = 0;
        for (Issue issue : issues) {
            words += issue.words + issue.headline.length();
        }
        System.out.println(issues.length + " issues, " + words + " words, " + heartbeat.beats + " beats");
    }
}
