package dev.weft.agent.junit;

import dev.weft.report.TestAttribution.TestId;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Reads and makes the JUnit Platform objects weft meets ({@code TestDescriptor}, {@code TestSource},
 * {@code TestExecutionResult}) by reflection, through their public API: weft has no JUnit dependency,
 * and the objects belong to whichever class loader loaded the platform.
 */
final class JUnitObjects {

    private static final String DESCRIPTOR = "org.junit.platform.engine.TestDescriptor";
    private static final String RESULT = "org.junit.platform.engine.TestExecutionResult";
    private static final String FAILURE = "org.opentest4j.AssertionFailedError";

    private JUnitObjects() { }

    /** True when {@code descriptor} is a test (possibly also a container), not only a container. */
    static boolean isTest(Object descriptor) throws ReflectiveOperationException {
        return (Boolean) api(descriptor, DESCRIPTOR, "isTest").invoke(descriptor);
    }

    /** The test or container {@code descriptor} stands for: class, method, display name and unique id. */
    static TestId testId(Object descriptor) throws ReflectiveOperationException {
        String uniqueId = api(descriptor, DESCRIPTOR, "getUniqueId").invoke(descriptor).toString();
        String displayName = (String) api(descriptor, DESCRIPTOR, "getDisplayName").invoke(descriptor);
        Object source = ((Optional<?>) api(descriptor, DESCRIPTOR, "getSource").invoke(descriptor)).orElse(null);
        String className = source == null ? null : (String) call(source, "getClassName");
        String method = source == null ? null : (String) call(source, "getMethodName");
        return new TestId(className, method, displayName, uniqueId);
    }

    /**
     * A failed {@code TestExecutionResult} in place of {@code result}: its throwable is an
     * {@code org.opentest4j.AssertionFailedError} (an {@code AssertionError} if that class is not there)
     * with {@code message}, and the throwable of {@code result}, if any, is added to it as suppressed.
     */
    static Object failed(Object result, String message) throws ReflectiveOperationException {
        ClassLoader loader = result.getClass().getClassLoader();
        AssertionError failure;
        try {
            failure = (AssertionError) Class.forName(FAILURE, false, loader).getConstructor(String.class).newInstance(message);
        } catch (ClassNotFoundException | ClassCastException e) {
            failure = new AssertionError(message);
        }
        Optional<?> original = (Optional<?>) result.getClass().getMethod("getThrowable").invoke(result);
        if (original.isPresent()) {
            failure.addSuppressed((Throwable) original.get());
        }
        failure.setStackTrace(new StackTraceElement[0]); // weft's own frames would only mislead
        return result.getClass().getMethod("failed", Throwable.class).invoke(null, failure);
    }

    /**
     * Reports, through the launcher's {@code listener}, that {@code descriptor} finished with a failure
     * with {@code message}: for a test whose own thread can never get there.
     */
    static void reportFailed(Object listener, Object descriptor, String message) throws ReflectiveOperationException {
        ClassLoader loader = listener.getClass().getClassLoader();
        Class<?> resultType = Class.forName(RESULT, false, loader);
        Object result = failed(resultType.getMethod("successful").invoke(null), message);
        Method finished = listener.getClass().getDeclaredMethod("executionFinished", Class.forName(DESCRIPTOR, false, loader), resultType);
        finished.setAccessible(true);
        finished.invoke(listener, descriptor, result);
    }

    /** The public method {@code name} of {@code type} (an interface of the platform), as seen by {@code object}. */
    private static Method api(Object object, String type, String name) throws ReflectiveOperationException {
        return Class.forName(type, false, object.getClass().getClassLoader()).getMethod(name);
    }

    /** {@code object.name()} for a public class's public method, {@code null} when it has none. */
    private static Object call(Object object, String name) throws ReflectiveOperationException {
        Method method;
        try {
            method = object.getClass().getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
        return method.invoke(object);
    }
}
