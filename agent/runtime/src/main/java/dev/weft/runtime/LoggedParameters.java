package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code Logger.log(level, message, parameter)} and {@code log(level, message, parameters)}: the handler's formatter
 * reads the parameters ({@code MessageFormat}, their {@code toString()}), so a collection among them is read, at the
 * call, when the logger logs at that level; a message it drops reads nothing. A handler that formats later, in
 * another thread, reads them later than weft checks (a race with a change made after the call is missed, none is
 * reported that cannot happen). Loaded only when such a call is linked, so that a JDK without {@code java.logging}
 * never needs it.
 */
final class LoggedParameters {

    private static final MethodHandle LOGGED;

    static {
        try {
            LOGGED = MethodHandles.lookup().findStatic(LoggedParameters.class, "logged",
                    MethodType.methodType(void.class, Logger.class, Level.class, String.class, Object.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private LoggedParameters() { }

    /** Whether a call of this type (receiver first) is one of {@code Logger}'s {@code log(Level, String, Object[])} ones. */
    static boolean isLogCall(MethodType type) {
        return type.parameterCount() == 4 && type.parameterType(0).getName().equals("java.util.logging.Logger")
                && type.parameterType(1).getName().equals("java.util.logging.Level") && type.parameterType(2) == String.class;
    }

    /** {@code call}, a logger's {@code log(level, message, parameters)}, with the read of its parameters first. */
    static MethodHandle checked(MethodHandle call, int site) {
        MethodType type = call.type();
        return MethodHandles.foldArguments(call, MethodHandles.insertArguments(LOGGED, 4, site)
                .asType(type.changeReturnType(void.class)));
    }

    private static void logged(Logger logger, Level level, String message, Object parameters, int site) {
        if (logger != null && level != null && logger.isLoggable(level)) {
            CollectionContents.argumentsRead(parameters, site);
        }
    }
}
