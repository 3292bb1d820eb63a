package dev.weft.trace;

import java.util.ArrayList;
import java.util.List;

/** The stacks a report shows for lock acquisitions, derived from a thread's current stack. */
public final class Stacks {

    private static final List<String> WEFT_PACKAGES = List.of("dev.weft.runtime.", "dev.weft.agent.");

    private Stacks() { }

    /** {@code stack} without the frames of weft's own hooks and agent at its top. */
    public static List<Site> withoutWeftFrames(List<Site> stack) {
        int top = 0;
        while (top < stack.size() && isWeft(stack.get(top))) {
            top++;
        }
        return stack.subList(top, stack.size());
    }

    /**
     * The stack of a thread when it took a lock at {@code site}, as far as its current stack shows: the
     * site, then the frames outside the innermost frame of the current stack that is in the site's
     * method; just the site when that method is no longer on the stack.
     */
    public static List<Site> ofAcquisition(Site site, List<Site> currentStack) {
        List<Site> stack = new ArrayList<>();
        stack.add(site);
        for (int i = 0; i < currentStack.size(); i++) {
            if (site.sameMethodAs(currentStack.get(i))) {
                stack.addAll(currentStack.subList(i + 1, currentStack.size()));
                break;
            }
        }
        return stack;
    }

    private static boolean isWeft(Site frame) {
        return WEFT_PACKAGES.stream().anyMatch(frame.className()::startsWith);
    }
}
