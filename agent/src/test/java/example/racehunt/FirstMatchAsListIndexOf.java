package example.racehunt;

import java.util.Arrays;
import java.util.List;

/**
 * A route table's first entry is always the one a lookup finds ({@code indexOf}, {@code contains}), while a
 * maintainer rewrites only the last entry: the searches stop before it, so they never read it. Correct.
 */
// weft: expect none
public final class FirstMatchAsListIndexOf {

    static final String[] ROUTES = {"default", "eu", "us", "spare"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(ROUTES);
        Threads.runAll(new String[] {"maintainer", "lookup"}, () -> {
            for (int i = 0; i < 2000; i++) {
                ROUTES[3] = "spare-" + (i % 7);
            }
        }, () -> {
            int found = 0;
            for (int i = 0; i < 2000; i++) {
                found += view.indexOf("default") + (view.contains("default") ? 1 : 0);
            }
            System.out.println(found);
        });
    }
}
