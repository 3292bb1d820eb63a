package example.racehunt;

/** The fixed twin of {@code LazyBeanRepository}: the getter is {@code synchronized}. */
// weft: expect none
public final class LazyBeanRepositoryLocked {

    static final class Repository {
        final String url = "jdbc:orders";
    }

    static final class OrderService {
        private Repository repository;

        synchronized Repository getRepository() {
            Repository r = repository;
            if (r == null) {
                r = new Repository();
                repository = r;
            }
            return r;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderService service = new OrderService();
        int[] lengths = new int[2];
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> {
            for (int i = 0; i < 200; i++) {
                lengths[0] += service.getRepository().url.length();
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                lengths[1] += service.getRepository().url.length();
            }
        });
        System.out.println(lengths[0] + lengths[1]);
    }
}
