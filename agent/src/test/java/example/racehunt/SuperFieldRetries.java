package example.racehunt;

/**
 * A retrying HTTP client keeps its retry count in its base class; the subclass's {@code send} bumps it through
 * {@code super.retries} from the two sender threads that share the client, with no lock.
 */
// weft: expect race example.racehunt.SuperFieldRetries$BaseClient.retries threads=sender-1,sender-2
public final class SuperFieldRetries {

    static class BaseClient {
        protected int retries;
    }

    static final class RetryingClient extends BaseClient {
        boolean send(int request) {
            boolean failed = request % 3 == 0;
            if (failed) {
                super.retries = super.retries + 1; // weft: race
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
