package dev.weft.agent.samejvm;

import dev.weft.agent.AgentRuns;
import dev.weft.agent.BadOptionException;
import dev.weft.cli.junit.TestMethodLauncher;
import dev.weft.runtime.DelayedStages;
import dev.weft.runtime.ThreadNames;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The main class of a JVM in which {@code weft explore} runs several schedules: {@code SameJvmLauncher CLASSPATH
 * MAINCLASS ARGS...}, under the agent in {@code mode=control}.
 *
 * <p>For each line on its standard input ({@code FILES<TAB>AGENT-OPTIONS}: one schedule) it sends the program's
 * standard output and error to {@code FILES.out} and {@code FILES.err}, begins a run of the agent with those options
 * ({@link AgentRuns#next}), and runs the program's {@code main} in a thread named {@code main}, in a thread group of
 * its own, its classes loaded by a new class loader over {@code CLASSPATH} (a child of the platform class loader, the
 * thread's context loader): static fields and initializers start over as in a fresh JVM. The JDK's numbering of
 * unnamed threads starts over too, and so do the system and security properties, default locales and time zone, the
 * logging configuration and an empty standard input (as the JVM had them before the first schedule: {@link FreshJvmState}). When {@code MAINCLASS} is weft's {@link TestMethodLauncher} ({@code weft explore
 * --test}), that thread runs the one test method again instead, with the JUnit Platform launcher of the JVM's class
 * path kept from one schedule to the next and the test's classes loaded afresh ({@link TestClassLoader}). When {@code main} and every non-daemon thread it left have ended, the run ends as
 * at a JVM's exit (its report and schedule file written) and it answers on its standard output
 * {@code weft-schedule: ended STATUS} (1 when {@code main} threw, else 0), then reads the next line; at the end of its
 * input it exits. When threads of the schedule outlive it (daemons, threads of the model still alive) or it registered
 * shutdown hooks, which cannot be reset, it answers {@code weft-schedule: last STATUS WHY} and the JVM exits, its
 * exit ending the run as a fresh JVM's does. A deadlock halts the JVM, as does a program's {@code System.exit}: the
 * caller sees the JVM end. The program's standard input is empty.
 */
public final class SameJvmLauncher {

    /** The start of each answer on the launcher's standard output. */
    public static final String ANSWER = "weft-schedule: ";

    private final URL[] classPath;
    private final String mainClass;
    private final String[] args;
    /** The JUnit test method ({@code Class#method}) when the program is weft's test launcher, else {@code null}. */
    private final String test;
    private final FreshJvmState freshState = FreshJvmState.now();

    private SameJvmLauncher(URL[] classPath, String mainClass, String[] args) {
        this.classPath = classPath;
        this.mainClass = mainClass;
        this.args = args;
        this.test = mainClass.equals(TestMethodLauncher.class.getName()) && args.length == 1 ? args[0] : null;
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length < 2) {
            System.err.println("weft: usage: SameJvmLauncher CLASSPATH MAINCLASS [ARGS...]");
            System.exit(2);
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : arguments[0].split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        new SameJvmLauncher(urls.toArray(URL[]::new), arguments[1], Arrays.copyOfRange(arguments, 2, arguments.length)).serve();
    }

    private void serve() throws IOException, InterruptedException {
        PrintStream answers = System.out;
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean first = true;
        for (String request = requests.readLine(); request != null; request = requests.readLine()) {
            int tab = request.indexOf('\t');
            String files = request.substring(0, tab);
            int status;
            try (PrintStream out = output(files + ".out"); PrintStream err = output(files + ".err")) {
                System.setOut(out);
                System.setErr(err);
                try {
                    AgentRuns.next(request.substring(tab + 1), err, first);
                } catch (BadOptionException | IllegalStateException e) {
                    err.println("weft: " + e.getMessage());
                    System.exit(2);
                }
                first = false;
                Set<Thread> hooks = ShutdownHooks.registered();
                status = runMain(err);
                String unresettable = unresettable(hooks);
                if (unresettable != null) {
                    answers.println(ANSWER + "last " + status + " " + unresettable);
                    answers.flush();
                    System.exit(status); // the JVM's exit ends the run (weft's own hook), as in a fresh JVM
                }
                AgentRuns.finish();
            }
            answers.println(ANSWER + "ended " + status);
            answers.flush();
        }
        System.exit(0);
    }

    /**
     * What the schedule left that a new one cannot reset, or {@code null}: threads that outlive it (of its group, or
     * of its model), or shutdown hooks it registered (besides {@code hooksBefore}).
     */
    private String unresettable(Set<Thread> hooksBefore) {
        List<String> outliving = outliving();
        if (!outliving.isEmpty()) {
            return "threads " + String.join(", ", outliving) + " outlived its main";
        }
        Set<Thread> hooks = ShutdownHooks.registered();
        hooks.removeAll(hooksBefore);
        return hooks.isEmpty() ? null : "it registered shutdown hooks, which run at the JVM's exit";
    }

    private ThreadGroup group;

    /**
     * Runs the program's {@code main} (or its test method) and waits for its non-daemon threads; the exit status a
     * fresh JVM would have.
     */
    private int runMain(PrintStream err) throws InterruptedException, IOException {
        ThreadNumbering.reset();
        ThreadNames.startOver();
        DelayedStages.startOver();
        freshState.restore();
        URLClassLoader loader = test != null ? new TestClassLoader(classPath) : new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader());
        int[] status = new int[1];
        Runnable body = test != null ? () -> status[0] = TestMethodLauncher.run(test, loader, System.err) : mainOf(loader, err, status);
        group = new ThreadGroup("main");
        Thread thread = new Thread(group, body, "main");
        thread.setContextClassLoader(loader);
        thread.start();
        thread.join();
        for (Thread left = nonDaemon(); left != null; left = nonDaemon()) {
            left.join();
        }
        loader.close();
        return status[0];
    }

    /** What the schedule's {@code main} thread runs: the program's {@code main}, its status 1 in {@code status} when it threw. */
    private Runnable mainOf(ClassLoader loader, PrintStream err, int[] status) {
        Method main;
        try {
            main = Class.forName(mainClass, false, loader).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new NoSuchMethodException("main");
            }
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("Error: Could not find or load main class " + mainClass);
            err.println("Caused by: " + e);
            System.exit(1);
            return null;
        } catch (NoSuchMethodException e) {
            err.println("Error: Main method not found in class " + mainClass + ", please define the main method as:");
            err.println("   public static void main(String[] args)");
            System.exit(1);
            return null;
        }
        return () -> {
            try {
                main.invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                status[0] = 1;
                sneakyThrow(fromMain(e.getCause())); // the thread's uncaught exception, printed as the JVM does
            } catch (IllegalAccessException e) {
                status[0] = 1;
                throw new IllegalStateException(e);
            }
        };
    }

    /** {@code thrown} with its stack cut below {@code main}, as the JVM's launcher shows it (not the launcher's frames). */
    private Throwable fromMain(Throwable thrown) {
        StackTraceElement[] stack = thrown.getStackTrace();
        for (int i = stack.length - 1; i >= 0; i--) {
            if (stack[i].getClassName().equals(mainClass) && stack[i].getMethodName().equals("main")) {
                thrown.setStackTrace(Arrays.copyOf(stack, i + 1));
                break;
            }
        }
        return thrown;
    }

    /** A live non-daemon thread of the schedule's group, or {@code null}. */
    private Thread nonDaemon() {
        for (Thread t : threadsOf(group)) {
            if (t.isAlive() && !t.isDaemon()) {
                return t;
            }
        }
        return null;
    }

    /** The threads of the schedule that outlive it: of its group, or of its model. */
    private List<String> outliving() {
        Set<String> names = new LinkedHashSet<>();
        for (Thread t : threadsOf(group)) {
            if (t.isAlive()) {
                names.add("\"" + t.getName() + "\"");
            }
        }
        AgentRuns.threadsAlive().forEach(name -> names.add("\"" + name + "\""));
        return List.copyOf(names);
    }

    private static Thread[] threadsOf(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads, true);
        return Arrays.copyOf(threads, n);
    }

    private static PrintStream output(String file) throws IOException {
        return new PrintStream(new FileOutputStream(file), true); // the JVM's default charset, as System.out's
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
