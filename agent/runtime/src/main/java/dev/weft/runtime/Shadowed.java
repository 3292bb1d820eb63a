package dev.weft.runtime;

/**
 * Implemented by instrumented application classes so that weft reaches an object's shadow state (the
 * race detector's record of accesses to its fields) through a field of the object itself: no map
 * lookup, and the state dies with the object.
 *
 * <p>The instrumentation adds a {@code transient} synthetic field and these two methods to the topmost
 * instrumented class of a hierarchy; subclasses inherit them. The setter is a plain write: two threads
 * that create an object's shadow at the same moment may lose one, which can only hide a race.
 */
public interface Shadowed {

    /** The object's shadow state, or {@code null} before weft first needs it. */
    Object weft$shadow();

    /** Sets the object's shadow state. */
    void weft$shadow(Object shadow);
}
