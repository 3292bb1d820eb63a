package dev.weft.schedule;

import java.util.List;

/**
 * The parameters of a scheduling model: how many CPUs, when a thread leaves its CPU, and how the
 * remaining choices are made.
 *
 * @param cpus     simulated CPUs (at least 1): up to this many threads hold a CPU at once
 * @param policy   preemptive (time slices) or cooperative
 * @param quantum  scheduling points per time slice (at least 1; preemptive only)
 * @param strategy {@code round-robin}, {@code random}, {@code pct} or a variant of it ({@link ChangePoints})
 * @param seed     the seed of the strategy's random choices
 * @param depth    PCT's bug depth d (at least 1): d - 1 priority change points
 * @param steps    PCT's estimate of the run's length k, in choices (decisions with more than one option; at
 *                 least 1): the change points are drawn from the first {@code steps} choices, so an estimate
 *                 far above the real length wastes them
 * @param lengths  the {@code surw} strategy's estimate of how many distinct sites each thread runs (by thread
 *                 index), learnt from earlier runs; empty when nothing was learnt
 */
public record Parameters(int cpus, Policy policy, int quantum, String strategy, long seed, int depth, int steps,
                         List<Integer> lengths) {

    /** The strategies, by name. */
    public static final List<String> STRATEGIES = List.of("round-robin", "random", "pct", "pct-new-sites", "pos", "surw", "surw-conflicts");

    /** Parameters with no learnt lengths. */
    public Parameters(int cpus, Policy policy, int quantum, String strategy, long seed, int depth, int steps) {
        this(cpus, policy, quantum, strategy, seed, depth, steps, List.of());
    }

    /** Validates every value, with a message naming the parameter and what is valid. */
    public Parameters {
        if (cpus < 1) {
            throw new IllegalArgumentException("bad value for cpus: " + cpus + " (valid: 1 or more)");
        }
        if (quantum < 1) {
            throw new IllegalArgumentException("bad value for quantum: " + quantum + " (valid: 1 or more)");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("bad value for depth: " + depth + " (valid: 1 or more)");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("bad value for steps: " + steps + " (valid: 1 or more)");
        }
        if (!STRATEGIES.contains(strategy)) {
            throw new IllegalArgumentException("bad value for strategy: '" + strategy
                    + "' (valid: " + String.join(", ", STRATEGIES) + ")");
        }
        if (policy == null) {
            throw new IllegalArgumentException("no policy (valid: preemptive, cooperative)");
        }
        lengths = lengths == null ? List.of() : List.copyOf(lengths);
    }

    /** The defaults of the agent options, with {@code seed}. */
    public static Parameters defaults(long seed) {
        return new Parameters(1, Policy.PREEMPTIVE, 4, "random", seed, 3, PctStrategy.STEP_ESTIMATE);
    }

    /** A new strategy of this kind, seeded. */
    public Strategy newStrategy() {
        return switch (strategy) {
            case "round-robin" -> new RoundRobinStrategy();
            case "random" -> new RandomStrategy(seed);
            case "pos" -> new PosStrategy(seed);
            case "surw" -> new SurwStrategy(seed, lengths, false);
            case "surw-conflicts" -> new SurwStrategy(seed, lengths, true);
            default -> new PctStrategy(seed, depth, steps, ChangePoints.of(strategy));
        };
    }
}
