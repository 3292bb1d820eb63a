package dev.weft.schedule;

import java.util.List;
import java.util.SplittableRandom;

/** Every choice uniformly at random, from a seed; timeouts by a {@link TimeoutDraw}. */
public final class RandomStrategy implements Strategy {

    private final SplittableRandom random;
    private final TimeoutDraw timeouts;

    /** A strategy whose choices are fixed by {@code seed}. */
    public RandomStrategy(long seed) {
        this.random = new SplittableRandom(seed);
        this.timeouts = new TimeoutDraw(seed);
    }

    @Override
    public int pick(Choice choice, List<Integer> options, Pending pending) {
        if (choice == Choice.TIMEOUT) {
            return timeouts.pick(options);
        }
        return options.get(random.nextInt(options.size()));
    }
}
