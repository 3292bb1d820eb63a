package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.StructuredTaskScope;

/**
 * {@link CrawlerStructuredBudget} with its budget in a plain {@code int}: the forks of one scope, running at the same
 * time in their virtual threads, each take a page from it with {@code pagesLeft--} (a lost update). The budget
 * travels in a {@code ScopedValue}, which shares the object, not a copy of it.
 */
// weft: expect race example.apphunt.CrawlerStructuredBudgetPlain$Budget.pagesLeft threads=unnamed thread #*
public final class CrawlerStructuredBudgetPlain {

    static final class Budget {
        int pagesLeft;
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        Budget(int pages) {
            pagesLeft = pages;
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
            if (BUDGET.get().seen.add(link) && BUDGET.get().pagesLeft-- > 0) { // weft: race
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
        System.out.println(root.count() + " pages, " + bytes + " bytes, budget left " + Math.max(0, budget.pagesLeft));
    }
}
