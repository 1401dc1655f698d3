package scorecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** The {@code --source DIR} option most commands share. */
final class SourceOption {

    static final Option OPTION = Option.builder("s").longOpt("source").hasArg().argName("DIR")
            .desc("the scorecards repository (default: the current folder)").build();

    private SourceOption() {
    }

    static Path from(CommandLine line) throws UsageException {
        Path source = Path.of(line.getOptionValue(OPTION, "."));
        if (!Files.isDirectory(source)) {
            throw new UsageException("source " + source + " is not a folder");
        }
        return source;
    }
}
