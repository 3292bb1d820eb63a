package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A link checker fetches pages on virtual threads through an {@code ExecutorCompletionService} over a virtual-thread
 * executor of its own, reports the first broken link {@code take()} gives back, and then closes the executor (a
 * try-with-resources, which waits for every task) and reads every page's record, including those it never took.
 */
// weft: expect none
public final class FetchVirtualCompletionClose {

    static final class Page {
        final String url;
        int status;
        final List<String> links = new ArrayList<>();

        Page(String url) {
            this.url = url;
        }
    }

    public static void main(String[] args) throws Exception {
        Page[] pages = new Page[8];
        String first;
        try (ExecutorService fetchers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("fetch-", 0).factory())) {
            ExecutorCompletionService<Page> fetched = new ExecutorCompletionService<>(fetchers);
            for (int i = 0; i < pages.length; i++) {
                Page page = new Page("https://example.org/" + i);
                pages[i] = page;
                int n = i;
                fetched.submit(() -> {
                    Thread.sleep(n);
                    for (int link = 0; link < n; link++) {
                        page.links.add(page.url + "/" + link);
                    }
                    page.status = n % 3 == 0 ? 404 : 200;
                    return page;
                });
            }
            first = fetched.take().get().url;
        }
        int broken = 0;
        int links = 0;
        for (Page page : pages) {
            broken += page.status == 404 ? 1 : 0;
            links += page.links.size();
        }
        System.out.println("first back: " + first + "; " + broken + " broken, " + links + " links");
    }
}
