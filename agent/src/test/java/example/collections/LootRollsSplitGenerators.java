package example.collections;

import java.util.random.RandomGenerator;

/** The twin of {@link LootRollsSharedGenerator}: each server gets a generator of its own, split from the first before the start. */
// weft: expect none
public final class LootRollsSplitGenerators {

    public static void main(String[] args) throws InterruptedException {
        RandomGenerator.SplittableGenerator first = RandomGenerator.SplittableGenerator.of("L64X128MixRandom");
        RandomGenerator second = first.split();
        int[] rolls = new int[2];
        Threads.runAll(new String[] {"server-1", "server-2"}, () -> rolls[0] = first.nextInt(100), () -> rolls[1] = second.nextInt(100));
        System.out.println("rolled " + rolls[0] + " and " + rolls[1]);
    }
}
