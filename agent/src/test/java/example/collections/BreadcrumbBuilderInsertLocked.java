package example.collections;

/**
 * Twin of {@code BreadcrumbBuilderInsert}: the insert and the read hold the page's lock; a second renderer reverses a
 * builder of its own. Correct: no finding.
 */
// weft: expect none
public final class BreadcrumbBuilderInsertLocked {

    static final class Page {
        private final StringBuilder crumbs = new StringBuilder("Shoes");

        synchronized void under(String parent) {
            crumbs.insert(0, parent + " > ");
        }

        synchronized int width() {
            return crumbs.length();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Page page = new Page();
        Threads.runAll(new String[] {"navigator", "renderer", "mirror"}, () -> page.under("Men"),
                () -> System.out.println("width " + page.width()),
                () -> System.out.println(new StringBuilder("Shoes > Men").reverse()));
    }
}
