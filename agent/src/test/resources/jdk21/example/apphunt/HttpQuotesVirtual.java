package example.apphunt;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An asynchronous fan-out over HTTP on virtual threads (JDK 21+): the JDK's embedded HTTP server answers price
 * requests on a virtual thread per exchange, reading a concurrent price list and counting requests per product in a
 * table it guards with a {@code ReentrantLock}; an {@code HttpClient} whose executor is a virtual-thread-per-task
 * executor sends one request per product with {@code sendAsync}, parses each body in {@code thenApply} into a quote
 * object of its own, and the caller joins {@code allOf} before it reads the quotes.
 */
// weft: expect none
public final class HttpQuotesVirtual {

    static final class Quote {
        String product;
        int cents;
    }

    static final class Stats {
        private final ReentrantLock lock = new ReentrantLock();
        private final Map<String, Integer> requests = new java.util.HashMap<>();

        void served(String product) {
            lock.lock();
            try {
                requests.merge(product, 1, Integer::sum);
            } finally {
                lock.unlock();
            }
        }

        int total() {
            lock.lock();
            try {
                return requests.values().stream().mapToInt(Integer::intValue).sum();
            } finally {
                lock.unlock();
            }
        }
    }

    static Quote parse(String body) {
        String[] parts = body.split("=");
        Quote quote = new Quote();
        quote.product = parts[0];
        quote.cents = Integer.parseInt(parts[1]);
        return quote;
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> prices = new ConcurrentHashMap<>(Map.of("tea", 350, "coffee", 420, "cocoa", 390, "juice", 280));
        Stats stats = new Stats();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/price/", exchange -> {
            String product = exchange.getRequestURI().getPath().substring("/price/".length());
            stats.served(product);
            byte[] body = (product + "=" + prices.getOrDefault(product, -1)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        try (ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
             ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor()) {
            server.setExecutor(handlers);
            server.start();
            HttpClient client = HttpClient.newBuilder().executor(callbacks).build();
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/price/";
            List<CompletableFuture<Quote>> quotes = new ArrayList<>();
            for (String product : List.of("tea", "coffee", "cocoa", "juice", "tea", "coffee")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + product)).build();
                quotes.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> parse(response.body())));
            }
            CompletableFuture.allOf(quotes.toArray(new CompletableFuture<?>[0])).join();
            int sum = 0;
            for (CompletableFuture<Quote> quote : quotes) {
                sum += quote.join().cents;
            }
            System.out.println(quotes.size() + " quotes, " + sum + " cents, " + stats.total() + " requests served");
            server.stop(0);
        }
    }
}
