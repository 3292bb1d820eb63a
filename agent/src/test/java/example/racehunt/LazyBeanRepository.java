package example.racehunt;

/** A service bean creates its repository on first use in a getter, as a hand-written lazy bean would; two request threads call it. */
// weft: expect race example.racehunt.LazyBeanRepository$OrderService.repository threads=request-1,request-2
public final class LazyBeanRepository {

    static final class Repository {
        final String url = "jdbc:orders";
    }

    static final class OrderService {
        private Repository repository;

        Repository getRepository() {
            Repository r = repository; // weft: race
            if (r == null) {
                r = new Repository();
                repository = r; // weft: race
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
