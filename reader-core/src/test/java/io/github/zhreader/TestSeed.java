package io.github.zhreader;

import java.util.Random;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The seed of the random tests: drawn afresh for each run, so that each run checks other inputs, or given as
 * {@code -Dtests.seed=HEX} to repeat a run. A test class registers {@link Reporter} with {@code @ExtendWith}, which
 * prints the seed when one of its tests fails.
 */
public final class TestSeed {

    /** The run's seed. */
    public static final long SEED = seed(System.getProperty("tests.seed"));

    private TestSeed() {}

    private static long seed(String given) {
        if (given == null || given.isBlank()) return new java.security.SecureRandom().nextLong();
        try {
            return Long.parseUnsignedLong(given.strip(), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-Dtests.seed takes the hexadecimal seed a failed run printed, not " + given, e);
        }
    }

    /** A generator for one test, from the run's seed and the test's name: tests do not share a sequence. */
    public static Random random(String test) {
        return new Random(SEED ^ test.hashCode());
    }

    /** The option that repeats this run. */
    public static String option() {
        return "-Dtests.seed=" + Long.toHexString(SEED);
    }

    /** Prints the seed when a test fails, so that the run can be repeated. */
    public static final class Reporter implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println(context.getDisplayName() + " failed with random inputs; repeat with " + option());
        }
    }
}
