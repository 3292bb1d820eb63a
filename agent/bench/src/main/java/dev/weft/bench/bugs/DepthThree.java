package dev.weft.bench.bugs;

/**
 * A bug that needs three threads to interleave in one order (depth 3 for PCT): the first writes
 * {@code x} then {@code z}; the second sets {@code y} when it sees {@code x}; the third fails when it sees
 * {@code y} but not yet {@code z}, that is, when the second and third both run between the first
 * thread's two writes.
 */
public final class DepthThree {

    private DepthThree() { }

    static final class State {
        int x;
        int y;
        int z;
    }

    public static void main(String[] args) throws InterruptedException {
        State state = new State();
        boolean[] broken = new boolean[1];
        Thread first = new Thread(() -> {
            state.x = 1;
            state.z = 1;
        }, "first");
        Thread second = new Thread(() -> {
            if (state.x == 1) {
                state.y = 1;
            }
        }, "second");
        Thread third = new Thread(() -> broken[0] = state.y == 1 && state.z == 0, "third");
        first.start();
        second.start();
        third.start();
        first.join();
        second.join();
        third.join();
        if (broken[0]) {
            throw new AssertionError("third saw y set before z: second and third ran between first's two writes");
        }
    }
}
