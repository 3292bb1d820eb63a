package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * In a test run (JUnit Platform), which test a finding was made in: the test whose thread, or a thread
 * it started, made it while the test ran. A finding made outside any test has no test and says why
 * (a static initializer, before any test, a class's set-up, a thread a finished test left running).
 *
 * @param test        the test, or {@code null}
 * @param outsideTest when {@code test} is {@code null}, why the finding belongs to no test; otherwise
 *                    {@code null}, and absent from the JSON
 */
public record TestAttribution(@JsonInclude(JsonInclude.Include.ALWAYS) TestId test,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String outsideTest) {

    public TestAttribution {
        if ((test == null) == (outsideTest == null)) {
            throw new IllegalArgumentException("a finding is in a test or outside any test, with a reason");
        }
    }

    /** The finding was made in {@code test}. */
    public static TestAttribution in(TestId test) {
        return new TestAttribution(test, null);
    }

    /** The finding was made outside any test, for the reason {@code why}. */
    public static TestAttribution outside(String why) {
        return new TestAttribution(null, why);
    }

    /** One line for a person: {@code in test com.example.FooTest.racy() [racy()]} or {@code outside any test: …}. */
    public String describe() {
        return test != null ? "in test " + test.describe() : "outside any test: " + outsideTest;
    }

    /**
     * A test, as JUnit Platform names it.
     *
     * @param className   the test's class
     * @param method      its method's name, or {@code null} for a test that is not a method (a dynamic test
     *                    reports the method of its factory)
     * @param displayName its display name
     * @param uniqueId    its unique id, e.g. {@code [engine:junit-jupiter]/[class:com.example.FooTest]/[method:racy()]}
     */
    public record TestId(@JsonProperty("class") String className, String method, String displayName, String uniqueId) {

        /** {@code com.example.FooTest.racy() [display name]}, or the class alone for a class. */
        public String describe() {
            if (method == null) {
                return className;
            }
            String name = className + "." + method + "()";
            return displayName == null || displayName.equals(method + "()") ? name : name + " [" + displayName + "]";
        }
    }
}
