package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Jobs with plain, mutable fields handed over through a {@code PriorityBlockingQueue} ordered by the jobs'
 * own {@code compareTo}, indexed in a {@code ConcurrentSkipListMap} ordered by a lambda comparator, and
 * reminders through a {@code DelayQueue} that calls their {@code getDelay}.
 *
 * <p>{@code producer} fills in each job's plain {@code priority} and {@code name} before it puts it; the
 * queue calls {@code compareTo} on the jobs already queued, from inside {@code put} and from inside the
 * {@code consumer}'s {@code take}; the skip list calls its comparator on the jobs it holds from inside
 * {@code lister}'s {@code containsKey}; and the delay queue calls {@code getDelay} from inside a {@code take}
 * that blocks until the reminder is due. Those calls run inside the queue's methods, reading what other
 * threads wrote before they put the objects: putting an object happens before whatever the queue later
 * does with it.
 *
 * <p><b>What weft reports</b>: nothing. A detector that orders only what follows a {@code take} with what
 * preceded a {@code put} would wrongly report races on {@code Job.priority} and {@code Reminder.dueNanos},
 * read by the queue's calls of {@code compareTo} and {@code getDelay} inside the consumer's {@code take}.
 */
@Sample(
        shows = "Jobs and reminders with plain fields handed through a PriorityBlockingQueue, a ConcurrentSkipListMap"
                + " with a comparator and a DelayQueue, which compare them inside put and take: no race.",
        expect = "none",
        twin = "UnsafePublication")
public final class PriorityQueueHandOff {

    private PriorityQueueHandOff() {
    }

    /** A job, ordered by its priority, highest first. */
    static final class Job implements Comparable<Job> {
        int priority;
        String name;
        boolean done;

        @Override
        public int compareTo(Job other) {
            return Integer.compare(other.priority, priority);
        }
    }

    /** A reminder that is due a few milliseconds after it is made. */
    static final class Reminder implements Delayed {
        long dueNanos;
        String text;

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriorityBlockingQueue<Job> jobs = new PriorityBlockingQueue<>();
        ConcurrentSkipListMap<Job, String> byPriority = new ConcurrentSkipListMap<>(
                Comparator.comparingInt((Job job) -> job.priority).thenComparing(job -> job.name));
        DelayQueue<Reminder> reminders = new DelayQueue<>();
        StringBuilder done = new StringBuilder();
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 50; i++) {
                    Job job = jobs.take();
                    job.done = true;
                }
                Reminder reminder = reminders.take();
                done.append(reminder.text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        consumer.start();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                Job job = new Job();
                job.priority = i % 7;
                job.name = "job-" + i;
                jobs.put(job);
                byPriority.put(job, job.name);
            }
            Reminder reminder = new Reminder();
            reminder.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            reminder.text = "stand-up";
            reminders.put(reminder);
        }, "producer");
        producer.start();
        Thread lister = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                Job probe = new Job();
                probe.priority = i % 7;
                probe.name = "job-" + i;
                byPriority.containsKey(probe);
            }
        }, "lister");
        lister.start();
        producer.join();
        consumer.join();
        lister.join();
        System.out.println("50 jobs run, then " + done + "; " + byPriority.size() + " listed");
    }
}
