package example.racehunt;

/** Two sensor threads add their readings into the same bucket of a double[] of averages. */
// weft: expect race double[] threads=sensor-1,sensor-2
public final class DoubleArraySums {

    public static void main(String[] args) throws InterruptedException {
        double[] buckets = new double[8];
        Runnable sensor = () -> {
            for (int i = 0; i < 300; i++) {
                buckets[i % 2] += 0.5; // weft: race
            }
        };
        Threads.runAll(new String[] {"sensor-1", "sensor-2"}, sensor, sensor);
        System.out.println("bucket 0 " + buckets[0]);
    }
}
