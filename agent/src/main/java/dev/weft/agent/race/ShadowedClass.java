package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.runtime.Shadowed;
import java.lang.invoke.VarHandle;

/**
 * What the race detector keeps about one {@link Shadowed} class: how many variables its objects' shadows
 * make room for ({@link ObjectShadow.Sizing}), and how to install one.
 *
 * <p>An object's shadow field holds {@code null}, then either its {@link ObjectShadow} or, while the
 * object needs nothing but one clock (a volatile field written in a constructor, an object used only as a
 * lock), that {@link SyncClock} alone: no shadow and no table for it. A field or a second clock needed
 * later makes the shadow, which takes the clock over as its own, so every thread keeps using the one clock.
 *
 * <p>The first state is installed by the compare-and-set that instrumentation gave the class
 * ({@link Shadowed#weft$shadowIfNone}), so that two threads creating one object's shadow at once agree
 * on one, with no lock and no identity hash. A clock is replaced by its shadow under the clock's
 * monitor (weft's own), with the field read again there: one shadow takes it over.
 */
final class ShadowedClass {

    final ObjectShadow.Sizing sizing = new ObjectShadow.Sizing();

    /**
     * The shadow of {@code object}, whose shadow field held {@code seen}, not a shadow ({@code null} or a
     * clock): installed now, taking the clock over, or the one another thread installed first.
     */
    static ObjectShadow install(Shadowed object, Object seen) {
        if (seen == null) {
            ObjectShadow shadow = new ObjectShadow();
            if (object.weft$shadowIfNone(shadow)) {
                return shadow;
            }
            seen = object.weft$shadow();
            if (seen instanceof ObjectShadow first) {
                return first;
            }
        }
        SyncClock clock = (SyncClock) seen;
        synchronized (clock) {
            Object now = object.weft$shadow();
            if (now != clock) {
                return (ObjectShadow) now; // a field only ever goes from a clock to a shadow
            }
            ObjectShadow shadow = new ObjectShadow(clock);
            VarHandle.releaseFence(); // the shadow holds its clock before a racy reader can see it
            object.weft$shadow(shadow);
            return shadow;
        }
    }

    /** The clock {@code key} of {@code object} (see {@link ObjectShadow#clock}), without a shadow while it is the only one. */
    static SyncClock clock(Shadowed object, int key) {
        Object seen = object.weft$shadow();
        if (seen == null) {
            SyncClock clock = new SyncClock(key);
            if (object.weft$shadowIfNone(clock)) {
                return clock;
            }
            seen = object.weft$shadow();
        }
        if (seen instanceof SyncClock clock && clock.tag() == key) {
            return clock;
        }
        return (seen instanceof ObjectShadow shadow ? shadow : install(object, seen)).clock(key);
    }
}
