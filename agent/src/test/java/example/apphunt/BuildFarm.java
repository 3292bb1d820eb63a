package example.apphunt;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A build farm's two agents share a {@code ConcurrentLinkedDeque} of build steps: each takes from the head
 * ({@code pollFirst}), pushes follow-up steps it makes at the head ({@code offerFirst}), and the other steals from
 * the tail ({@code pollLast}). Each step's fields are written by the thread that made it before the deque call and
 * by the one that ran it after; the farm reads them after joining.
 */
// weft: expect none
public final class BuildFarm {

    static final class Step {
        final String target;
        final int depth;
        String ranBy;
        long millis;

        Step(String target, int depth) {
            this.target = target;
            this.depth = depth;
        }
    }

    public static void main(String[] args) throws Exception {
        ConcurrentLinkedDeque<Step> steps = new ConcurrentLinkedDeque<>();
        ConcurrentLinkedDeque<Step> finished = new ConcurrentLinkedDeque<>();
        for (String module : new String[] {"core", "web", "cli"}) {
            steps.offerLast(new Step(module, 0));
        }
        Thread[] agents = new Thread[2];
        for (int a = 0; a < 2; a++) {
            boolean stealer = a == 1;
            agents[a] = new Thread(() -> {
                Step step;
                while ((step = stealer ? steps.pollLast() : steps.pollFirst()) != null) {
                    step.ranBy = Thread.currentThread().getName();
                    step.millis = step.target.length() * 10L + step.depth;
                    if (step.depth < 2) {
                        steps.offerFirst(new Step(step.target + "/" + step.depth, step.depth + 1));
                    }
                    finished.add(step);
                }
            }, "agent-" + a);
        }
        agents[0].start();
        agents[1].start();
        agents[0].join();
        agents[1].join();
        long total = 0;
        for (Step step : finished) {
            total += step.millis + (step.ranBy == null ? 1000 : 0);
        }
        System.out.println(finished.size() + " steps, " + total + " ms");
    }
}
