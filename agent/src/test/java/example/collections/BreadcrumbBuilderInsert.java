package example.collections;

/** A navigator prepends a level to a page's breadcrumb {@code StringBuilder} with {@code insert(0, ..)} while a renderer reads it, with no lock. */
// weft: expect race example.collections.BreadcrumbBuilderInsert$Page.crumbs threads=navigator,renderer collection=java.lang.StringBuilder
public final class BreadcrumbBuilderInsert {

    static final class Page {
        final StringBuilder crumbs = new StringBuilder("Shoes");

        void under(String parent) {
            crumbs.insert(0, parent + " > "); // weft: race
        }

        int width() {
            return crumbs.length(); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Page page = new Page();
        Threads.runAll(new String[] {"navigator", "renderer"}, () -> page.under("Men"), () -> System.out.println("width " + page.width()));
    }
}
