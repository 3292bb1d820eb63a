package example.racehunt;

/** Double-checked locking done right: a volatile field, a local copy, the object complete before the volatile write. */
// weft: expect none
public final class DoubleCheckedConfig {

    static final class Config {
        String url;
        int retries;
    }

    private static volatile Config config;

    static Config config() {
        Config local = config;
        if (local == null) {
            synchronized (DoubleCheckedConfig.class) {
                local = config;
                if (local == null) {
                    local = new Config();
                    local.url = "db://primary";
                    local.retries = 3;
                    config = local;
                }
            }
        }
        return local;
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable client = () -> {
            Config c = config();
            System.out.println(c.url + " x" + c.retries);
        };
        Threads.runAll(new String[] {"client-1", "client-2", "client-3"}, client, client, client);
    }
}
