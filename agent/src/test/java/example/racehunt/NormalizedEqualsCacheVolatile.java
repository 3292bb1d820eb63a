package example.racehunt;

/** The twin of {@link NormalizedEqualsCache}: the cached form is {@code volatile} (a benign race made a correct one). */
// weft: expect none
public final class NormalizedEqualsCacheVolatile {

    static final class Email {
        private final String raw;
        private volatile String normalized;

        Email(String raw) {
            this.raw = raw;
        }

        private String normalized() {
            String n = normalized;
            if (n == null) {
                n = raw.trim().toLowerCase(java.util.Locale.ROOT);
                normalized = n;
            }
            return n;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Email email && email.normalized().equals(normalized());
        }

        @Override
        public int hashCode() {
            return raw.length();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Email shared = new Email("  Ada@Example.ORG ");
        int[] duplicates = new int[2];
        Threads.runAll(new String[] {"dedup-1", "dedup-2"}, () -> {
            if (shared.equals(new Email("ada@example.org"))) {
                duplicates[0]++;
            }
        }, () -> {
            if (new Email("ADA@example.org").equals(shared)) {
                duplicates[1]++;
            }
        });
        System.out.println(duplicates[0] + duplicates[1]);
    }
}
