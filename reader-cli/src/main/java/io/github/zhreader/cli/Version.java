package io.github.zhreader.cli;

import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code zhreader --version}, read from the jar's manifest. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ZhReader.class.getPackage().getImplementationVersion();
        return new String[]{"zhreader " + (version == null ? "(development build)" : version)};
    }
}
