package example.racehunt;

/**
 * An HTTP client keeps one fluent request builder in a field to save allocations; two caller threads set the path on it
 * and build, so one may send the other's path.
 */
// weft: expect race example.racehunt.FluentRequestBuilderShared$RequestBuilder.path threads=caller-1,caller-2
public final class FluentRequestBuilderShared {

    static final class RequestBuilder {
        private String path = "/";

        RequestBuilder path(String path) {
            this.path = path; // weft: race
            return this;
        }

        String build() {
            return "GET " + path; // weft: race
        }
    }

    static final class Client {
        private final RequestBuilder builder = new RequestBuilder();

        String get(String path) {
            return builder.path(path).build();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Client client = new Client();
        int[] sent = new int[2];
        Threads.runAll(new String[] {"caller-1", "caller-2"}, () -> {
            for (int i = 0; i < 200; i++) {
                sent[0] += client.get("/orders/" + i).length();
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                sent[1] += client.get("/users/" + i).length();
            }
        });
        System.out.println("bytes sent: " + (sent[0] + sent[1]));
    }
}
