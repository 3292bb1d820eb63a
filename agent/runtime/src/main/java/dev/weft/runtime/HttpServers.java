package dev.weft.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Calls on the JDK's embedded HTTP server ({@code com.sun.net.httpserver}), made through weft: the server
 * runs its handlers in its dispatcher thread or its executor's threads, which the JDK starts and feeds, so
 * no start or submission weft sees orders a handler's run with the thread that set the server up. That
 * thread releases the server's sync object when it starts the server and when it adds or sets a handler;
 * each run of a handler acquires it when it begins. Runs of handlers are not ordered with each other (two
 * requests are served at once), nor with what a client does after the server started (a request reaches
 * the handler through a socket, which is no happens-before edge of the Java memory model).
 *
 * <p>The server's module ({@code jdk.httpserver}) is not visible from the boot class path this class is
 * on: its types are reached by reflection from the program's objects, and the call site casts the results.
 */
public final class HttpServers {

    private static final String API = "com.sun.net.httpserver.";

    private HttpServers() { }

    /** Replaces {@code server.start()}. */
    public static void start(Object server, int site) throws Throwable {
        Weft.releasing(server, site);
        call(api(server, "HttpServer").getMethod("start"), server);
    }

    /** Replaces {@code server.createContext(path, handler)}; returns the {@code HttpContext}. */
    public static Object createContext(Object server, String path, Object handler, int site) throws Throwable {
        Weft.releasing(server, site);
        Class<?> handlerType = api(server, "HttpHandler");
        return call(api(server, "HttpServer").getMethod("createContext", String.class, handlerType),
                server, path, wrapped(server, handlerType, handler, site));
    }

    /** Replaces {@code context.setHandler(handler)}. */
    public static void setHandler(Object context, Object handler, int site) throws Throwable {
        Class<?> contextType = api(context, "HttpContext");
        Object server = call(contextType.getMethod("getServer"), context);
        Weft.releasing(server, site);
        Class<?> handlerType = api(context, "HttpHandler");
        call(contextType.getMethod("setHandler", handlerType), context, wrapped(server, handlerType, handler, site));
    }

    /** The API type {@code simpleName}, as the loader of {@code object}'s class sees it. */
    private static Class<?> api(Object object, String simpleName) throws ClassNotFoundException {
        return Class.forName(API + simpleName, false, object.getClass().getClassLoader());
    }

    /** {@code handler}, wrapped so that each of its runs begins by acquiring the server's sync object. */
    private static Object wrapped(Object server, Class<?> handlerType, Object handler, int site) {
        if (handler == null || Proxy.isProxyClass(handler.getClass())) {
            return handler;
        }
        return Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType}, (proxy, method, arguments) -> {
            if (method.getName().equals("handle")) {
                SyncObjects.acquire(server, site);
            }
            return call(method, handler, arguments);
        });
    }

    private static Object call(Method method, Object target, Object... arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
