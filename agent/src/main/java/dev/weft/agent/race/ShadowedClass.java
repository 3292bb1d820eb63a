package dev.weft.agent.race;

import dev.weft.runtime.Shadowed;

/**
 * What the race detector keeps about one {@link Shadowed} class: how many variables its objects' shadows
 * make room for ({@link ObjectShadow.Sizing}), and how to install one.
 *
 * <p>A shadow is installed by the compare-and-set that instrumentation gave the class
 * ({@link Shadowed#weft$shadowIfNone}), so that two threads creating one object's shadow at once agree
 * on one, with no lock and no identity hash.
 */
final class ShadowedClass {

    final ObjectShadow.Sizing sizing = new ObjectShadow.Sizing();

    /**
     * The shadow of {@code object}, an object of this class whose shadow field was {@code null}: installed
     * now, or the one another thread installed first.
     */
    ObjectShadow install(Shadowed object) {
        ObjectShadow shadow = new ObjectShadow();
        return object.weft$shadowIfNone(shadow) ? shadow : (ObjectShadow) object.weft$shadow();
    }
}
