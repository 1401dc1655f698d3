package scorecards.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scorecards.export.JsonStyle;
import scorecards.load.Problem;

/** How problems are printed: for people, as GitHub workflow annotations, or as JSON. */
public enum ProblemFormat {
    TEXT("text") {
        @Override
        public void print(List<Problem> problems, PrintStream out, boolean colour) {
            for (Problem problem : problems) {
                String where = problem.file() + ":" + problem.line() + ":" + problem.column() + ":";
                out.println((colour ? "\u001b[1m" + where + "\u001b[0m" : where) + " " + problem.message());
            }
        }
    },
    GITHUB("github") {
        @Override
        public void print(List<Problem> problems, PrintStream out, boolean colour) {
            for (Problem problem : problems) {
                out.println("::error file=" + property(problem.file()) + ",line=" + problem.line()
                        + ",col=" + problem.column() + "::" + data(problem.message()));
            }
        }
    },
    JSON("json") {
        @Override
        public void print(List<Problem> problems, PrintStream out, boolean colour) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
                json.setPrettyPrinter(JsonStyle.printer());
                json.writeStartArray();
                for (Problem problem : problems) {
                    json.writeStartObject();
                    json.writeStringField("file", problem.file());
                    json.writeNumberField("line", problem.line());
                    json.writeNumberField("column", problem.column());
                    json.writeStringField("message", problem.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(text);
        }
    };

    private final String id;

    ProblemFormat(String id) {
        this.id = id;
    }

    /** @param colour bold locations, for a colour terminal */
    public abstract void print(List<Problem> problems, PrintStream out, boolean colour);

    public String id() {
        return id;
    }

    public static Optional<ProblemFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProblemFormat::id).toList();
    }

    /** Workflow commands end a value at a newline, and a property also at ',' or ':'. */
    private static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
