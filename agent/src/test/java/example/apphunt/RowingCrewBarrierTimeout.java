package example.apphunt;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * A rowing simulator keeps four rowers in stroke: in each stroke every rower writes its own power into its slot, waits
 * at a {@code CyclicBarrier} with {@code await(timeout)}, reads all slots to adjust its rhythm to the crew's mean,
 * and waits again before the next stroke overwrites the slots. No barrier action; the coach reads the rowers' totals
 * after joining them.
 */
// weft: expect none
public final class RowingCrewBarrierTimeout {

    public static void main(String[] args) throws InterruptedException {
        int rowers = 4;
        int[] power = new int[rowers];
        long[] adjusted = new long[rowers];
        CyclicBarrier stroke = new CyclicBarrier(rowers);
        Thread[] crew = new Thread[rowers];
        for (int r = 0; r < rowers; r++) {
            int seat = r;
            crew[r] = new Thread(() -> {
                int rhythm = 20 + seat;
                try {
                    for (int s = 0; s < 40; s++) {
                        power[seat] = rhythm * 10 + s % 7;
                        stroke.await(30, TimeUnit.SECONDS);
                        int mean = 0;
                        for (int p : power) {
                            mean += p;
                        }
                        mean /= rowers;
                        rhythm += Integer.compare(mean, power[seat]);
                        adjusted[seat] += mean;
                        stroke.await(30, TimeUnit.SECONDS);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "rower-" + r);
            crew[r].start();
        }
        for (Thread rower : crew) {
            rower.join();
        }
        System.out.println("crew means " + (adjusted[0] + adjusted[1] + adjusted[2] + adjusted[3]));
    }
}
