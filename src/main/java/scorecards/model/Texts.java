package scorecards.model;

import java.util.regex.Pattern;

/** How team-written text is normalised before it is compared or shown. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("\\p{javaWhitespace}+");

    private Texts() {
    }

    /** Trimmed, with every run of white space (Unicode spaces included) as one space. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
