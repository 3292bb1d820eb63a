package example.collections;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** An uploader fingerprints chunks with one {@code MessageDigest} kept in a static; two upload threads use it. */
// weft: expect race example.collections.ChunkDigestShared.SHA threads=upload-1,upload-2 collection=java.security.MessageDigest
public final class ChunkDigestShared {

    static final MessageDigest SHA = sha256();

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] fingerprint(String chunk) {
        return SHA.digest(chunk.getBytes(StandardCharsets.UTF_8)); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        int[] firsts = new int[2];
        Threads.runAll(new String[] {"upload-1", "upload-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                firsts[0] += fingerprint("chunk-a-" + i)[0];
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                firsts[1] += fingerprint("chunk-b-" + i)[0];
            }
        });
        System.out.println(firsts[0] + firsts[1]);
    }
}
