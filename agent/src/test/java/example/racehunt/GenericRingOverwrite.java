package example.racehunt;

/** A generic ring buffer stores into a {@code T[]} (an Object[]); two producers write the same slot. */
// weft: expect race java.lang.Object[] threads=producer-1,producer-2
public final class GenericRingOverwrite {

    static final class Ring<T> {
        private final T[] slots;

        @SuppressWarnings("unchecked")
        Ring(int size) {
            slots = (T[]) new Object[size];
        }

        void put(int sequence, T item) {
            slots[sequence % slots.length] = item; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ring<String> ring = new Ring<>(4);
        Threads.runAll(new String[] {"producer-1", "producer-2"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        ring.put(i, "a" + i);
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        ring.put(i, "b" + i);
                    }
                });
        System.out.println("ring full");
    }
}
