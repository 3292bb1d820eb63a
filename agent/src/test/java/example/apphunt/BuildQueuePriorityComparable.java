package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;

/**
 * A CI build queue on a {@code PriorityBlockingQueue} of {@code Comparable} builds, ordered by a priority and a
 * sequence number the submitters set before they put; two agents take builds, run them (writing the build's result
 * fields) and hand the finished build to a results queue the dashboard ({@code main}) drains with {@code drainTo}.
 * Each agent stops on a poison build of lowest priority.
 */
// weft: expect none
public final class BuildQueuePriorityComparable {

    static final class Build implements Comparable<Build> {
        final long sequence;
        int priority;
        String branch;
        int durationMillis;
        boolean green;

        Build(long sequence) {
            this.sequence = sequence;
        }

        @Override
        public int compareTo(Build other) {
            int byPriority = Integer.compare(other.priority, priority);
            return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriorityBlockingQueue<Build> queue = new PriorityBlockingQueue<>();
        PriorityBlockingQueue<Build> results = new PriorityBlockingQueue<>();
        Thread[] agents = new Thread[2];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = new Thread(() -> {
                try {
                    for (Build build = queue.take(); build.priority >= 0; build = queue.take()) {
                        build.durationMillis = build.branch.length() * 10;
                        build.green = build.sequence % 6 != 5;
                        results.put(build);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "agent-" + a);
            agents[a].start();
        }
        Thread[] submitters = new Thread[2];
        for (int s = 0; s < submitters.length; s++) {
            int me = s;
            submitters[s] = new Thread(() -> {
                for (int i = 0; i < 60; i++) {
                    Build build = new Build(me * 1000L + i);
                    build.priority = i % 3;
                    build.branch = me == 0 ? "main" : "feature/" + i;
                    queue.put(build);
                }
            }, "submitter-" + s);
            submitters[s].start();
        }
        for (Thread submitter : submitters) {
            submitter.join();
        }
        for (int a = 0; a < agents.length; a++) {
            Build poison = new Build(Long.MAX_VALUE - a);
            poison.priority = -1;
            queue.put(poison);
        }
        for (Thread agent : agents) {
            agent.join();
        }
        List<Build> finished = new ArrayList<>();
        results.drainTo(finished);
        int green = 0;
        long minutes = 0;
        for (Build build : finished) {
            green += build.green ? 1 : 0;
            minutes += build.durationMillis;
        }
        System.out.println(finished.size() + " builds, " + green + " green, " + minutes + " ms");
    }
}
