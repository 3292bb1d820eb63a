package example.apphunt;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link StatusEndpoint} fixed: the handler counts the requests it served under the status's lock; the
 * service's name and version, set before the server starts, are read by every request unlocked.
 */
// weft: expect none
public final class StatusEndpointFixed {

    static final class Status {
        String service;
        int version;
        int served;

        void handle(HttpExchange exchange) throws IOException {
            synchronized (this) {
                served++;
            }
            byte[] body = (service + " v" + version).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Status status = new Status();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "http-" + threads.incrementAndGet()));
        server.setExecutor(executor);
        server.createContext("/status", status::handle);
        status.service = "inventory";
        status.version = 3;
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/status";
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Thread client = new Thread(() -> {
                for (int i = 0; i < 15; i++) {
                    get(url);
                }
            }, "client-" + c);
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        server.stop(0);
        executor.shutdown();
        System.out.println("served " + get(url).isEmpty());
    }

    static String get(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException stopped) {
            return "";
        }
    }
}
