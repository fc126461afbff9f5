package io.github.zhreader.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zhreader completion bash|zsh}: a shell completion script made from the commands and their options. */
@Command(
        name = "completion",
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh: commands, options and their values.",
        footer = {
            "",
            "Examples:",
            "  source <(zhreader completion bash)            # in ~/.bashrc",
            "  zhreader completion zsh > \"${fpath[1]}/_zhreader\"",
            "  source <(zhreader completion zsh)             # or in ~/.zshrc"
        })
final class CompletionCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    CompletionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new BadInputException("completion: " + shell + " is not a shell zhreader completes (bash or zsh)");
        }
        // The script is made from every command, whichever were registered to run this one.
        String script = AutoComplete.bash("zhreader", ZhReader.commandLine(cli));
        if (shell.equals("zsh")) {
            // picocli's script runs in zsh through its bash completion emulation.
            cli.out().println("autoload -U +X compinit && compinit");
            cli.out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        cli.out().print(script);
        cli.out().flush();
        return Failures.OK;
    }
}
