package scorecards.export;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The one layout of every JSON file and listing the tool writes. */
public final class JsonStyle {

    private JsonStyle() {
    }

    /**
     * Two-space indents, {@code "key": value}, and "\n" line ends on every platform, so that the
     * output does not depend on where it was built.
     */
    public static PrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
