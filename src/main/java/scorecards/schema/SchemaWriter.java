package scorecards.schema;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import scorecards.export.JsonStyle;
import scorecards.export.Numbers;
import scorecards.model.MetricCatalogue;
import scorecards.schema.Shape.Key;

/** Writes the JSON Schemas (draft-07, which YAML editors understand) of the file kinds. */
public final class SchemaWriter {

    /** Where a site publishes the schemas, for editors to fetch. */
    public static final String SITE_FOLDER = "schemas";

    /** File name → shape of a repository whose model declares no metric of its own. */
    public static final Map<String, Shape.Mapping> FILES = files(MetricCatalogue.BUILT_IN);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private SchemaWriter() {
    }

    /**
     * File name → shape, the names the example files refer to: the schemas of a repository whose
     * model has these metrics, so that editors complete and check its own sections and metrics.
     */
    public static Map<String, Shape.Mapping> files(MetricCatalogue metrics) {
        return Map.of(
                "organisation.schema.json", FormatSchema.organisation(),
                "model.schema.json", FormatSchema.model(metrics),
                "team.schema.json", FormatSchema.team(metrics),
                "campaign.schema.json", FormatSchema.campaign(metrics));
    }

    /** Writes the schemas of a model without metrics of its own into {@code folder}. */
    public static void writeAll(Path folder) throws IOException {
        writeAll(folder, MetricCatalogue.BUILT_IN);
    }

    /** Writes every schema, generated from the model's metrics, into {@code folder}. */
    public static void writeAll(Path folder, MetricCatalogue metrics) throws IOException {
        Files.createDirectories(folder);
        Map<String, Shape.Mapping> files = files(metrics);
        for (String name : files.keySet().stream().sorted().toList()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                write(name, files.get(name), out);
            }
        }
    }

    public static void write(String name, Shape.Mapping root, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(JsonStyle.printer());
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("$schema", "http://json-schema.org/draft-07/schema#");
            json.writeStringField("title", root.description());
            writeBody(json, root);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator json, Shape shape, String description) throws IOException {
        json.writeStartObject();
        if (description != null) {
            json.writeStringField("description", description);
        }
        writeBody(json, shape);
        json.writeEndObject();
    }

    private static void writeBody(JsonGenerator json, Shape shape) throws IOException {
        if (shape instanceof Shape.Mapping mapping) {
            json.writeStringField("type", "object");
            json.writeObjectFieldStart("properties");
            for (Key key : mapping.keys()) {
                json.writeFieldName(key.name());
                write(json, key.shape(), key.description());
            }
            json.writeEndObject();
            List<String> required = mapping.keys().stream().filter(Key::required).map(Key::name).toList();
            if (!required.isEmpty()) {
                json.writeArrayFieldStart("required");
                for (String name : required) {
                    json.writeString(name);
                }
                json.writeEndArray();
            }
            json.writeBooleanField("additionalProperties", false);
        } else if (shape instanceof Shape.MappingById byId) {
            json.writeStringField("type", "object");
            json.writeObjectFieldStart("propertyNames");
            json.writeStringField("pattern", FormatSchema.ID);
            json.writeEndObject();
            json.writeFieldName("additionalProperties");
            write(json, byId.values(), byId.description());
        } else if (shape instanceof Shape.ListOf list) {
            json.writeStringField("type", "array");
            if (list.minItems() > 0) {
                json.writeNumberField("minItems", list.minItems());
            }
            json.writeFieldName("items");
            write(json, list.items(), null);
        } else if (shape instanceof Shape.Text text) {
            json.writeStringField("type", "string");
            if (text.pattern() != null) {
                json.writeStringField("pattern", text.pattern());
            }
            json.writeNumberField("maxLength", text.maxLength());
        } else if (shape instanceof Shape.Number number) {
            json.writeStringField("type", number.whole() ? "integer" : "number");
            if (number.min() != null) {
                json.writeNumberField("minimum", Numbers.figure(number.min()));
            }
            if (number.max() != null) {
                json.writeNumberField("maximum", Numbers.figure(number.max()));
            }
        } else if (shape instanceof Shape.Flag) {
            json.writeStringField("type", "boolean");
        } else if (shape instanceof Shape.Threshold) {
            json.writeArrayFieldStart("type");
            json.writeString("boolean");
            json.writeString("number");
            json.writeString("string");
            json.writeEndArray();
        } else if (shape instanceof Shape.OneOf oneOf) {
            json.writeArrayFieldStart("enum");
            for (String value : oneOf.values()) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }
}
