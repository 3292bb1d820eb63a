package dev.weft.runtime;

/**
 * Implemented by instrumented application classes so that weft reaches an object's shadow state (the
 * race detector's record of accesses to its fields) through a field of the object itself: no map
 * lookup, and the state dies with the object.
 *
 * <p>The instrumentation adds a {@code transient volatile} synthetic field and these methods to the
 * topmost instrumented class of a hierarchy; subclasses inherit them. The race detector installs a shadow
 * with {@link #weft$shadowIfNone}, so that two threads creating an object's shadow at the same moment
 * agree on one; the plain setter is for an object that no other thread can see yet (a fresh clone).
 */
public interface Shadowed {

    /** The object's shadow state, or {@code null} before weft first needs it. */
    Object weft$shadow();

    /** Sets the object's shadow state. */
    void weft$shadow(Object shadow);

    /** Sets the object's shadow state to {@code shadow} if it has none: false when another was there first. */
    boolean weft$shadowIfNone(Object shadow);
}
