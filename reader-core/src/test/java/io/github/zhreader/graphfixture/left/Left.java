package io.github.zhreader.graphfixture.left;

import io.github.zhreader.graphfixture.right.Right;

/** Half of a package cycle that {@code PackageGraphTest} must report. */
public final class Left {
    public Right right() {
        return new Right();
    }
}
