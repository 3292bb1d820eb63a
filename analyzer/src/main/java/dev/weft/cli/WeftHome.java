package dev.weft.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where weft's jars are: the checkout the {@code ./weft} launcher runs from (it passes
 * {@code -Dweft.home}), or the one {@code analyzer/target/weft.jar} was built in.
 */
public final class WeftHome {

    private WeftHome() { }

    /** The root of the weft checkout. */
    public static Path root() {
        String property = System.getProperty("weft.home");
        if (property != null) {
            return Path.of(property).toAbsolutePath();
        }
        try {
            Path jar = Path.of(WeftHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent() == null ? null : jar.getParent().getParent();
            if (candidate != null && candidate.getParent() != null && Files.isDirectory(candidate.getParent().resolve("agent"))) {
                return candidate.getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code agent/target/weft-agent.jar} of the checkout. */
    public static Path agentJar() {
        return root().resolve("agent/target/weft-agent.jar");
    }

    /** {@code samples/target/weft-samples.jar} of the checkout. */
    public static Path samplesJar() {
        return root().resolve("samples/target/weft-samples.jar");
    }

    /** The {@code java} of the JVM running weft. */
    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
