package dev.weft.runtime;

import java.util.Comparator;

/**
 * The comparator of a sorted thread-safe collection ({@code PriorityBlockingQueue},
 * {@code ConcurrentSkipListMap}...), wrapped where the program creates the collection: the collection calls
 * it inside its own methods on elements other threads put, so each call is a callback
 * ({@link Weft#callbackEntered}, {@link Weft#callbackExited}), as an element's own {@code compareTo} is.
 * It compares as the program's comparator does, the program's own tasks where a pool's queue holds weft's
 * wrappers of them ({@link HandedOffTask#unwrapped}); {@code comparator()} returns the wrapper.
 */
final class CallbackComparator implements Comparator<Object> {

    private final Comparator<Object> comparator;
    private final int site;

    CallbackComparator(Comparator<Object> comparator, int site) {
        this.comparator = comparator;
        this.site = site;
    }

    @Override
    public int compare(Object first, Object second) {
        Weft.callbackEntered(site);
        try {
            return comparator.compare(HandedOffTask.unwrapped(first), HandedOffTask.unwrapped(second));
        } finally {
            Weft.callbackExited(site);
        }
    }

    @Override
    public String toString() {
        return comparator.toString();
    }
}
