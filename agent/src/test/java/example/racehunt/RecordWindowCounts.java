package example.racehunt;

/** A record holds an int[] of counts; two threads count into the same element through its accessor. */
// weft: expect race int[] threads=window-a,window-b
public final class RecordWindowCounts {

    record Window(String name, int[] counts) {
        void add(int slot) {
            counts[slot]++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Window window = new Window("minute", new int[60]);
        Runnable count = () -> {
            for (int i = 0; i < 100; i++) {
                window.add(7);
            }
        };
        Threads.runAll(new String[] {"window-a", "window-b"}, count, count);
        System.out.println(window.name() + " slot 7 " + window.counts()[7]);
    }
}
