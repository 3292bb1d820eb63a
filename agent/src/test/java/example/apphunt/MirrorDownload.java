package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A package manager downloads an index from whichever mirror answers first ({@code invokeAny}): each mirror's task
 * fills a download record of its own, and the one returned is read by the caller; the settings the tasks read are
 * set before the call.
 */
// weft: expect none
public final class MirrorDownload {

    static final class Settings {
        int retries;
        String userAgent;
    }

    static final class Download {
        final String mirror;
        int bytes;
        String checksum;

        Download(String mirror) {
            this.mirror = mirror;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("mirror"));
        Settings settings = new Settings();
        settings.retries = 2;
        settings.userAgent = "pkg/1.0";
        List<Callable<Download>> mirrors = new ArrayList<>();
        for (String name : List.of("eu", "us", "asia")) {
            mirrors.add(() -> {
                Download download = new Download(name);
                download.bytes = 4096 * settings.retries + name.length();
                download.checksum = settings.userAgent + "@" + name;
                return download;
            });
        }
        Download first = pool.invokeAny(mirrors);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        settings.retries = 0;
        System.out.println(first.mirror + " " + first.bytes + " " + first.checksum);
    }
}
