package example.racehunt;

/**
 * An e-mail address value caches its normalized form, computed lazily by {@code equals} the first time it is compared;
 * two threads deduplicating sign-ups compare the same address, so the cache field is read and written unordered.
 */
// weft: expect race example.racehunt.NormalizedEqualsCache$Email.normalized threads=dedup-1,dedup-2
public final class NormalizedEqualsCache {

    static final class Email {
        private final String raw;
        private String normalized;

        Email(String raw) {
            this.raw = raw;
        }

        private String normalized() {
            String n = normalized; // weft: race
            if (n == null) {
                n = raw.trim().toLowerCase(java.util.Locale.ROOT);
                normalized = n; // weft: race
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
