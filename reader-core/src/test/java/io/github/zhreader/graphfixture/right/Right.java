package io.github.zhreader.graphfixture.right;

import io.github.zhreader.graphfixture.left.Left;

/** The other half of the package cycle that {@code PackageGraphTest} must report. */
public final class Right {
    public Left left() {
        return new Left();
    }
}
