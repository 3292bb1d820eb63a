package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site crawler on structured concurrency (JDK 25 preview): each page is crawled in a fork of its parent's scope and
 * opens a scope of its own for its links, so the crawl is a tree of scopes. The crawl's budget, bound once in a
 * {@code ScopedValue} that every fork inherits, counts down in an {@code AtomicInteger}; the pages seen are in a
 * concurrent set; each fork fills its own {@code Page} (a plain list of children), which its parent reads after
 * {@code join()} without asking the subtask for it.
 */
// weft: expect none
public final class CrawlerStructuredBudget {

    static final class Budget {
        final AtomicInteger pagesLeft;
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        Budget(int pages) {
            pagesLeft = new AtomicInteger(pages);
        }
    }

    static final class Page {
        final String url;
        final List<Page> children = new ArrayList<>();
        int bytes;

        Page(String url) {
            this.url = url;
        }

        int count() {
            int n = 1;
            for (Page child : children) {
                n += child.count();
            }
            return n;
        }
    }

    static final ScopedValue<Budget> BUDGET = ScopedValue.newInstance();

    static void crawl(Page page, int depth) throws InterruptedException {
        Thread.sleep(1);
        page.bytes = 512 + page.url.length() * 7;
        if (depth == 0) {
            return;
        }
        List<Page> links = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String link = page.url + "/" + (char) ('a' + (page.url.length() + i) % 4);
            if (BUDGET.get().seen.add(link) && BUDGET.get().pagesLeft.getAndDecrement() > 0) {
                links.add(new Page(link));
            }
        }
        try (var scope = StructuredTaskScope.open()) {
            for (Page link : links) {
                scope.fork(() -> {
                    crawl(link, depth - 1);
                    return null;
                });
            }
            scope.join();
        }
        page.children.addAll(links);
    }

    public static void main(String[] args) throws Exception {
        Budget budget = new Budget(20);
        Page root = new Page("https://shop.example");
        ScopedValue.where(BUDGET, budget).call(() -> {
            crawl(root, 3);
            return null;
        });
        int bytes = 0;
        List<Page> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.size(); i++) {
            bytes += all.get(i).bytes;
            all.addAll(all.get(i).children);
        }
        System.out.println(root.count() + " pages, " + bytes + " bytes, budget left " + Math.max(0, budget.pagesLeft.get()));
    }
}
