package example.collections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page cache written as a named access-ordered {@code LinkedHashMap} subclass ({@code removeEldestEntry} its only
 * override), called through its own class by two request threads that only {@code get}: each hit moves the entry to
 * the end of the map's order, a change of the map made by a read, with no lock.
 */
// weft: expect race example.collections.LruOwnTypeReaders.pages threads=request-1,request-2 collection=example.collections.LruOwnTypeReaders$PageCache
public final class LruOwnTypeReaders {

    static final class PageCache extends LinkedHashMap<String, String> {
        PageCache() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 64;
        }
    }

    static final PageCache pages = new PageCache();

    static int render(String path) {
        String page = pages.get(path); // weft: race
        return page == null ? 0 : page.length();
    }

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 32; i++) {
            pages.put("/page/" + i, "<html>" + i + "</html>");
        }
        int[] bytes = new int[2];
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                bytes[0] += render("/page/" + i % 32);
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                bytes[1] += render("/page/" + (31 - i % 32));
            }
        });
        System.out.println("bytes " + (bytes[0] + bytes[1]));
    }
}
