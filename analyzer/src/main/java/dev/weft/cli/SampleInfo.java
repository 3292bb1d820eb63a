package dev.weft.cli;

import java.util.List;

/**
 * A sample program and what weft must find in it, as its {@code @Sample} annotation says.
 *
 * @param className fully qualified
 * @param shows     what the program demonstrates
 * @param expect    the kind of finding expected, or {@code "none"}
 * @param threads   the threads the finding must name
 * @param twin      the simple name of its correct or buggy twin, or empty
 * @param field     for a race, the field (or array type) the finding must name; else empty
 * @param options   agent options the sample runs with (e.g. {@code mode=control,...}), or empty
 */
public record SampleInfo(String className, String shows, String expect, List<String> threads, String twin,
                         String field, String options) {

    /** True unless the sample is a correct program weft must stay silent on. */
    public boolean expectsFinding() {
        return !"none".equals(expect);
    }

    /** The class name without its package. */
    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The package below {@code dev.weft.samples}: the concept the sample belongs to. */
    public String group() {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
