package dev.weft.agent.it;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order in which the IT classes start (see the failsafe configuration): the longest first, so that the suite
 * does not end with one long class running alone on cores the short ones have left. The classes run concurrently
 * and share the cores ({@link CpuSlots}); a class not listed here starts after the listed ones, in the order JUnit
 * found it. The list is that of the classes' wall times in a whole run on a quiet two-core machine
 * ({@code SuiteTimes}), longest first.
 */
public final class LongestFirst implements ClassOrderer {

    private static final List<String> LONGEST_FIRST = List.of("ExploreHuntIT", "ControlBlockingIT", "ExploreIT", "ControlIT",
            "ControlOutsideIT", "AppHuntIT", "NewerJdkIT", "ExploreShapesIT", "SamplesIT", "SchedulesPerJvmIT", "AgentBootIT",
            "ControlForkJoinIT", "MavenProjectIT", "RaceHuntIT", "TraceIT", "ManyThreadsIT");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(descriptor -> rank(descriptor.getTestClass().getSimpleName())));
    }

    private static int rank(String className) {
        int rank = LONGEST_FIRST.indexOf(className);
        return rank < 0 ? LONGEST_FIRST.size() : rank;
    }
}
