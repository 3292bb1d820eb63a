package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A dashboard asks a slow weather service for a forecast and shows a cached one when it takes too long
 * ({@code completeOnTimeout}); a second stage gives up with {@code orTimeout} and logs the timeout into a status.
 * The slow service fills a forecast of its own, which nobody reads; the cached forecast was filled before.
 */
// weft: expect none
public final class WeatherFallback {

    static final class Forecast {
        String city;
        int celsius;
    }

    static final class Status {
        String message = "ok";
    }

    public static void main(String[] args) throws Exception {
        ExecutorService service = Executors.newFixedThreadPool(2, new NamedThreads("weather"));
        CountDownLatch release = new CountDownLatch(1);
        Forecast cached = new Forecast();
        cached.city = "Oslo";
        cached.celsius = 4;
        Status status = new Status();
        CompletableFuture<Forecast> shown = CompletableFuture.supplyAsync(() -> slow(release, "Oslo"), service)
                .completeOnTimeout(cached, 50, TimeUnit.MILLISECONDS);
        CompletableFuture<Forecast> strict = CompletableFuture.supplyAsync(() -> slow(release, "Bergen"), service)
                .orTimeout(50, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    status.message = "timed out: " + failure.getClass().getSimpleName();
                    return cached;
                });
        Forecast forecast = shown.join();
        Forecast second = strict.join();
        System.out.println(forecast.city + " " + forecast.celsius + " / " + second.city + " " + status.message);
        release.countDown();
        service.shutdown();
        service.awaitTermination(10, TimeUnit.SECONDS);
    }

    static Forecast slow(CountDownLatch release, String city) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Forecast forecast = new Forecast();
        forecast.city = city;
        forecast.celsius = 7;
        return forecast;
    }
}
