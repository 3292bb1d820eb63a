package dev.weft.runtime;

/**
 * Implemented by instrumented application classes so that weft reaches an object's shadow state (the
 * race detector's record of accesses to its fields) through a field of the object itself: no map
 * lookup, and the state dies with the object.
 *
 * <p>The instrumentation adds a {@code transient} synthetic field and these two methods to the topmost
 * instrumented class of a hierarchy; subclasses inherit them. The setter is a plain write: the race
 * detector sets the field by a compare-and-set where it can reach it, and calls the setter under a lock
 * where it cannot, so that two threads creating an object's shadow at the same moment agree on one.
 */
public interface Shadowed {

    /** The object's shadow state, or {@code null} before weft first needs it. */
    Object weft$shadow();

    /** Sets the object's shadow state. */
    void weft$shadow(Object shadow);
}
