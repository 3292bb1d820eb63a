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
 * {@link HttpQuotesVirtual} whose server also counts the requests it answered in a plain {@code int} outside the
 * stats' lock: the handlers of two exchanges, each in a virtual thread of its own, bump it at the same time.
 */
// weft: expect race example.apphunt.HttpQuotesServedCount$Stats.answered threads=unnamed thread #*
public final class HttpQuotesServedCount {

    static final class Quote {
        String product;
        int cents;
    }

    static final class Stats {
        private final ReentrantLock lock = new ReentrantLock();
        private final Map<String, Integer> requests = new java.util.HashMap<>();
        private int answered;

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
            stats.answered++; // weft: race
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
