package example.racehunt;

/** A latency histogram is a record whose component is an array; two request threads bump its bins through the accessor. */
// weft: expect race int[] threads=request-1,request-2
public final class RecordBinsHistogram {

    record Histogram(String name, int[] bins) {
        void add(long micros) {
            bins()[(int) Math.min(micros / 100, bins.length - 1)]++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Histogram latency = new Histogram("latency", new int[4]);
        Threads.runAll(new String[] {"request-1", "request-2"},
                () -> { for (int i = 0; i < 2000; i++) latency.add(i % 400); },
                () -> { for (int i = 0; i < 2000; i++) latency.add(i % 300); });
        System.out.println(latency.name() + " " + java.util.Arrays.toString(latency.bins()));
    }
}
