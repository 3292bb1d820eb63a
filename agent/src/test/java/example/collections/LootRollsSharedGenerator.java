package example.collections;

import java.util.random.RandomGenerator;

/**
 * Two game servers roll loot with one {@code L64X128MixRandom}, a {@code java.util.random} generator whose Javadoc says its
 * objects are not thread-safe (unlike {@code java.util.Random}).
 */
// weft: expect race example.collections.LootRollsSharedGenerator.LOOT threads=server-1,server-2 collection=jdk.random.L64X128MixRandom
public final class LootRollsSharedGenerator {

    static final RandomGenerator LOOT = RandomGenerator.of("L64X128MixRandom");

    static int roll() {
        return LOOT.nextInt(100); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        int[] rolls = new int[2];
        Threads.runAll(new String[] {"server-1", "server-2"}, () -> rolls[0] = roll(), () -> rolls[1] = roll());
        System.out.println("rolled " + rolls[0] + " and " + rolls[1]);
    }
}
