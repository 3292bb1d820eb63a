package dev.weft.agent.it;

import java.lang.reflect.InvocationTargetException;
import java.util.Set;

/**
 * The main of a child JVM that runs several test programs one after another, as {@link ProgramBatches} asks:
 * each program's {@code main} on this JVM's main thread, with no arguments; then, before the next one starts,
 * every thread the program left running that would have kept its own JVM alive (not a daemon) is joined, so
 * that no two programs run at once, and the main thread loses an interrupt or a name the program gave it. It
 * prints {@code PREFIX NAME returned} or {@code PREFIX NAME threw ...} on standard output for each, and
 * {@link #started} on standard error before each, which tells what each program wrote there; what a {@code main}
 * threw goes to standard error as a JVM of its own prints it ({@code Exception in thread "main" ...}), which is how
 * {@code weft explore} tells that a program failed. Its package
 * is one the agent leaves alone, as it does the JDK's launcher.
 */
public final class ProgramsInTurn {

    /** What each line this class prints starts with. */
    static final String PREFIX = "weft-it:";

    private ProgramsInTurn() { }

    /** The line written on standard error before {@code program} starts. */
    static String started(String program) {
        return PREFIX + " " + program + " started";
    }

    /** @param args the programs' class names, in the order they run */
    public static void main(String[] args) throws Exception {
        for (String program : args) {
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            System.err.println(started(program));
            try {
                Class.forName(program).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
                System.out.println(PREFIX + " " + program + " returned");
            } catch (InvocationTargetException failed) {
                System.err.print("Exception in thread \"main\" "); // as the JVM prints what ends its main
                failed.getCause().printStackTrace();
                System.out.println(PREFIX + " " + program + " threw " + failed.getCause());
            }
            for (Thread left : Thread.getAllStackTraces().keySet()) {
                if (!left.isDaemon() && !before.contains(left)) {
                    left.join();
                }
            }
            Thread.interrupted(); // the main thread as the next program would find it in a JVM of its own
            Thread.currentThread().setName("main");
        }
    }
}
