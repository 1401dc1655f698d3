package scorecards.model;

import java.util.regex.Pattern;

/** The one rule every id follows: it becomes a file name and a URL segment, so it stays plain. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** How the rule reads in an error message. */
    public static final String RULE = "lower-case letters, digits and '-', starting with a letter or digit, "
            + "at most 63 characters";

    private Ids() {
    }

    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }
}
