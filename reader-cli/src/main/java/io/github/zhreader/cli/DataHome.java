package io.github.zhreader.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where zhreader keeps a user's data (reading positions; the library and known words as they come): the folder
 * given with {@code --library}, else {@code $ZHREADER_HOME}, else {@code $XDG_DATA_HOME/zhreader}, else
 * {@code ~/.local/share/zhreader}.
 */
final class DataHome {

    private DataHome() {}

    static Path resolve(Path option, Map<String, String> env) {
        if (option != null) return option;
        String home = env.get("ZHREADER_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "zhreader");
        return Path.of(System.getProperty("user.home"), ".local", "share", "zhreader");
    }
}
