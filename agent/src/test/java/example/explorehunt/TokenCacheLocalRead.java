package example.explorehunt;

/**
 * {@link TokenCacheDoubleRead}'s correct twin: {@code token()} reads the field once into a local and returns what it
 * checked (or fetched), so a revocation in between costs a fresh fetch on the next call, never a {@code null}.
 */
// weft: expect none
public final class TokenCacheLocalRead {

    static volatile String token;

    static String token() {
        String current = token;
        if (current == null) {
            current = "token-" + System.nanoTime();
            token = current;
        }
        return current;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread request = new Thread(() -> {
            String bearer = token();
            if (bearer == null) {
                throw new IllegalStateException("request sent without a token");
            }
        }, "request");
        Thread rotator = new Thread(() -> token = null, "rotator");
        request.start();
        rotator.start();
        request.join();
        rotator.join();
    }
}
