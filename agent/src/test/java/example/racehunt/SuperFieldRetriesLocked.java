package example.racehunt;

/** The twin of {@link SuperFieldRetries}: the client's {@code send} is {@code synchronized}. */
// weft: expect none
public final class SuperFieldRetriesLocked {

    static class BaseClient {
        protected int retries;
    }

    static final class RetryingClient extends BaseClient {
        synchronized boolean send(int request) {
            boolean failed = request % 3 == 0;
            if (failed) {
                super.retries = super.retries + 1;
            }
            return !failed;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RetryingClient client = new RetryingClient();
        Runnable sender = () -> {
            for (int i = 0; i < 300; i++) {
                client.send(i);
            }
        };
        Threads.runAll(new String[] {"sender-1", "sender-2"}, sender, sender);
        System.out.println("retries " + client.retries);
    }
}
