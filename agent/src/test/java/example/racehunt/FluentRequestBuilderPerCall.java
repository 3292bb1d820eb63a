package example.racehunt;

/** The fixed twin of {@code FluentRequestBuilderShared}: each call makes its own builder. */
// weft: expect none
public final class FluentRequestBuilderPerCall {

    static final class RequestBuilder {
        private String path = "/";

        RequestBuilder path(String path) {
            this.path = path;
            return this;
        }

        String build() {
            return "GET " + path;
        }
    }

    static final class Client {
        String get(String path) {
            return new RequestBuilder().path(path).build();
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
