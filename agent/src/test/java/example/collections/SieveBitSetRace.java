package example.collections;

import java.util.BitSet;

/** Two sieve workers mark composite numbers in one shared {@code BitSet} without a lock. */
// weft: expect race example.collections.SieveBitSetRace.composite threads=high,low collection=java.util.BitSet
public final class SieveBitSetRace {

    static final BitSet composite = new BitSet(20_000);

    static void sieve(int fromPrime, int toPrime) {
        for (int p = fromPrime; p < toPrime; p++) {
            for (int multiple = p * p; multiple < 20_000; multiple += p) {
                composite.set(multiple); // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"low", "high"}, () -> sieve(2, 50), () -> sieve(50, 142));
        System.out.println("primes below 20000: " + (20_000 - 2 - composite.cardinality()));
    }
}
