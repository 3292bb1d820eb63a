package example.racehunt;

/** Two samplers fold their latencies into one static double moving average with no lock. */
// weft: expect race example.racehunt.StaticMovingAverage.averageMillis threads=sampler-1,sampler-2
public final class StaticMovingAverage {

    static double averageMillis;

    static void sample(double millis) {
        averageMillis = averageMillis * 0.9 + millis * 0.1; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable sampler = () -> {
            for (int i = 0; i < 100; i++) {
                sample(i % 7);
            }
        };
        Threads.runAll(new String[] {"sampler-1", "sampler-2"}, sampler, sampler);
        System.out.println("average " + (averageMillis >= 0));
    }
}
