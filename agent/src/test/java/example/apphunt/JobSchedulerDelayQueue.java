package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * A job scheduler: {@code main} builds jobs (their name, due time and arguments in plain fields) and puts them into
 * a {@code DelayQueue}; a runner thread takes each once due (the queue asks the jobs their delay, reading their due
 * time, in both threads), runs it and records its output in the job, which {@code main} reads after {@code join}.
 */
// weft: expect none
public final class JobSchedulerDelayQueue {

    static final class Job implements Delayed {
        final String name;
        long dueNanos;
        final List<String> arguments = new ArrayList<>();
        String output;

        Job(String name, long delayMillis) {
            this.name = name;
            this.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Job) other).dueNanos);
        }
    }

    public static void main(String[] args) throws Exception {
        DelayQueue<Job> due = new DelayQueue<>();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Job job = new Job(i == 11 ? "stop" : "report-" + i, 12 - i);
            job.arguments.add("--day=" + i);
            jobs.add(job);
            due.put(job);
        }
        Thread runner = new Thread(() -> {
            try {
                for (int ran = 0; ran < jobs.size(); ran++) {
                    Job job = due.take();
                    job.output = job.name + " " + job.arguments;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "job-runner");
        runner.start();
        runner.join();
        System.out.println(jobs.stream().filter(j -> j.output != null).count());
    }
}
