package dev.weft.runtime;

/** What an application class's hierarchy declares, asked by reflection once per class (the callers cache it). */
final class DeclaredMethods {

    private DeclaredMethods() { }

    /** Whether {@code type} or a superclass below {@code Object} declares a method {@code name()} with no parameters. */
    static boolean belowObject(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(name);
                return true;
            } catch (NoSuchMethodException notHere) {
                // a superclass's, then
            }
        }
        return false;
    }
}
