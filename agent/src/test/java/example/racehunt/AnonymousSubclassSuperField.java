package example.racehunt;

/** An anonymous subclass of a retry policy writes the inherited field through {@code super}; the base reads it. */
// weft: expect race example.racehunt.AnonymousSubclassSuperField$Policy.limit threads=tuner,caller
public final class AnonymousSubclassSuperField {

    static class Policy {
        protected int limit = 3;

        boolean allows(int attempt) {
            return attempt < limit; // weft: race
        }

        void tune(int load) {
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Policy policy = new Policy() {
            @Override
            void tune(int load) {
                super.limit = load > 50 ? 1 : 5; // weft: race
            }
        };
        Threads.runAll(new String[] {"tuner", "caller"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        policy.tune(i);
                    }
                },
                () -> {
                    int allowed = 0;
                    for (int i = 0; i < 100; i++) {
                        allowed += policy.allows(i % 4) ? 1 : 0;
                    }
                    System.out.println("allowed " + allowed);
                });
    }
}
