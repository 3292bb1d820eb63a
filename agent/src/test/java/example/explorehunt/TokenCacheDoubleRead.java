package example.explorehunt;

/**
 * A client caches its access token in a volatile field: {@code token()} fetches one when the field is empty, then
 * returns the field, reading it a second time. The rotator empties the field when the token is revoked: between the
 * check and the second read, {@code token()} returns {@code null}, and the request fails.
 */
// weft: expect failure
public final class TokenCacheDoubleRead {

    static volatile String token;

    static String token() {
        if (token == null) {
            token = "token-" + System.nanoTime();
        }
        return token; // the bug: a second read, which the rotator may have emptied
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
