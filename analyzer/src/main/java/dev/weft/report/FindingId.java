package dev.weft.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Makes the stable id of a finding from its kind and the sites that describe it, e.g.
 * {@code deadlock:3f9c2a7e1b05d4c8}. The sites' order does not matter, and nothing that changes from
 * run to run (thread ids, identity hashes) may go in.
 */
public final class FindingId {

    private FindingId() { }

    /** The id of a finding of {@code kind} described by {@code parts} (typically site strings). */
    public static String of(String kind, Collection<String> parts) {
        StringBuilder text = new StringBuilder(kind);
        parts.stream().sorted().forEach(p -> text.append('\n').append(p));
        byte[] digest = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return kind + ":" + HexFormat.of().formatHex(digest, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
