package example.racehunt;

import java.util.Optional;

/** Two threads add to a total through Optional.ifPresent's lambda, with no lock. */
// weft: expect race example.racehunt.OptionalIfPresentTotal$Till.total threads=till-1,till-2
public final class OptionalIfPresentTotal {

    static final class Till {
        long total;
    }

    public static void main(String[] args) throws InterruptedException {
        Till till = new Till();
        Runnable ring = () -> {
            for (int i = 0; i < 100; i++) {
                Optional.of(i).ifPresent(amount -> till.total += amount); // weft: race
            }
        };
        Threads.runAll(new String[] {"till-1", "till-2"}, ring, ring);
        System.out.println("total " + till.total);
    }
}
