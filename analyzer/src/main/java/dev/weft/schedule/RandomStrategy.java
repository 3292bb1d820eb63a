package dev.weft.schedule;

import java.util.List;
import java.util.SplittableRandom;

/** Every choice uniformly at random, from a seed. */
public final class RandomStrategy implements Strategy {

    private final SplittableRandom random;

    /** A strategy whose choices are fixed by {@code seed}. */
    public RandomStrategy(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int pick(Choice choice, List<Integer> options) {
        return options.get(random.nextInt(options.size()));
    }
}
