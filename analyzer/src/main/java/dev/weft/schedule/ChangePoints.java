package dev.weft.schedule;

/**
 * Which of a run's choices {@link PctStrategy} counts when it draws its change points, and from how many of them: a
 * variant of PCT is a strategy of its own ({@link #strategy()}).
 */
public enum ChangePoints {
    /** Every choice, from the first {@code steps} (PCT as published). */
    EVERY_CHOICE("pct") {
        @Override
        boolean counts(int chosen, Pending pending) {
            return true;
        }
    },
    /**
     * The choices whose winner stands at a site it has not run before (a thread's first loop round, the check before a
     * {@code wait}), from the first {@value #WINDOW} such, or from the first {@code steps} when a run makes fewer
     * choices (drawn among 40 in a run of 3 choices, change points would miss it nearly always): a bug behind a long
     * warm-up of repeated steps lies at such a first step, where a change point among all choices rarely falls.
     */
    NEW_SITES("pct-new-sites") {
        @Override
        boolean counts(int chosen, Pending pending) {
            return pending.atNewSite(chosen);
        }
    };

    /** How many counted choices the change points of {@link #NEW_SITES} are drawn from, at most. */
    public static final int WINDOW = 40;

    private final String strategy;

    ChangePoints(String strategy) {
        this.strategy = strategy;
    }

    /** The strategy's name: {@code pct}, {@code pct-new-sites}. */
    public String strategy() {
        return strategy;
    }

    /** True when the choice {@code chosen} wins is one change points are counted on. */
    abstract boolean counts(int chosen, Pending pending);

    /** How many counted choices the change points are drawn from, for a run of about {@code steps} choices. */
    int window(int steps) {
        return this == EVERY_CHOICE ? steps : Math.min(WINDOW, steps);
    }

    /** The variant named {@code strategy}, or {@code null}. */
    public static ChangePoints of(String strategy) {
        for (ChangePoints points : values()) {
            if (points.strategy.equals(strategy)) {
                return points;
            }
        }
        return null;
    }
}
