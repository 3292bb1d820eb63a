package dev.weft.bench.bugs;

/**
 * A writer sets {@code data1} under one lock, then {@code data2 = data1 + 1} under another; a reader that
 * sees {@code data1} set expects {@code data2} set too. It does not when it runs between the writer's two
 * stages (SCTBench's twostage_bad: each stage is locked, the pair is not).
 */
public final class TwoStage {

    private TwoStage() { }

    static final class Data {
        final Object first = new Object();
        final Object second = new Object();
        int data1;
        int data2;
    }

    public static void main(String[] args) throws InterruptedException {
        Data data = new Data();
        boolean[] broken = new boolean[1];
        Thread writer = new Thread(() -> {
            synchronized (data.first) {
                data.data1 = 1;
            }
            synchronized (data.second) {
                data.data2 = data.data1 + 1;
            }
        }, "writer");
        Thread reader = new Thread(() -> {
            synchronized (data.first) {
                if (data.data1 == 1) {
                    synchronized (data.second) {
                        broken[0] = data.data2 != data.data1 + 1;
                    }
                }
            }
        }, "reader");
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        if (broken[0]) {
            throw new AssertionError("reader saw data1 set and data2 not: it ran between the writer's two stages");
        }
    }
}
