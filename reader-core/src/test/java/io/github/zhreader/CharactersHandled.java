package io.github.zhreader;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The characters of the text a benchmark handled, which JMH reports per second beside the calls (the rows ending in
 * {@code :chars}).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CharactersHandled {
    public long chars;

    @Setup(Level.Iteration)
    public void reset() {
        chars = 0;
    }
}
