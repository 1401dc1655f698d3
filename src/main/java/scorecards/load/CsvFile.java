package scorecards.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as survey tools and spreadsheets write it: UTF-8 (a byte order mark first is read
 * past), comma-separated, RFC 4180 quoting, any line ends; blank lines are skipped. Parsed by
 * Apache Commons CSV; every record comes with the position it starts at, so that a message can
 * say the line and column of any of its cells.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String text;
    private final CsvText layout;

    private CsvFile(String text) {
        this.text = text;
        this.layout = new CsvText(text);
    }

    /** One record: its cells as read (quotes removed), and where it starts in the text. */
    public record Row(String[] cells, int start) {
        public int size() {
            return cells.length;
        }

        public String get(int index) {
            return cells[index];
        }
    }

    /** The file's text, or empty after reporting why it is not UTF-8 text. */
    public static Optional<CsvFile> of(byte[] bytes, Problems problems) {
        // A byte order mark is what spreadsheets write first; it is not part of the header.
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            problems.report(new CsvText(before).at(before.length()), String.format(Locale.ROOT,
                    "file is not valid UTF-8 (byte 0x%02X at offset %d); export or save it as UTF-8 CSV",
                    bytes[in.position()] & 0xFF, in.position()));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(new CsvFile(out.toString()));
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /**
     * Hands every record to {@code each}, in order. Where the text stops following RFC 4180 (a
     * quoted cell never closed, text after a closing quote), that is reported and reading stops.
     *
     * @return false when reading stopped at such a problem
     */
    public boolean rows(Consumer<Row> each, Problems problems) {
        long lastStart = -1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    lastStart = record.getCharacterPosition();
                    each.accept(new Row(record.values(), (int) lastStart));
                }
                return true;
            } catch (UncheckedIOException | IllegalStateException e) {
                malformed(lastStart, parser, e, problems);
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "; the file looks separated by ';'…" when a header row is one cell holding semicolons or tabs,
     * as spreadsheets in some languages export CSV; empty otherwise.
     */
    public static String separatorHint(Row header) {
        if (header.size() != 1) {
            return "";
        }
        String cell = header.get(0);
        String separator = cell.contains(";") ? "';'" : cell.contains("\t") ? "tabs" : null;
        return separator == null ? "" : "; the file looks separated by " + separator
                + ": export it comma-separated (CSV, UTF-8)";
    }

    /** The line and column where cell {@code index} of the row starts (its opening quote, when quoted). */
    public Location cell(Row row, int index) {
        return layout.cell(row.start(), index);
    }

    /** The line and column just after the row's last cell. */
    public Location end(Row row) {
        return layout.at(layout.recordEnd(row.start()));
    }

    /** Reports where the CSV stops following RFC 4180: in the record after the last one read. */
    private void malformed(long lastStart, CSVParser parser, RuntimeException e, Problems problems) {
        int start = lastStart < 0 ? 0 : layout.nextRecord((int) lastStart);
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        CsvText.Malformed found = start < text.length() ? layout.malformation(start) : null;
        if (found == null && lastStart >= 0) {
            found = layout.malformation((int) lastStart);
        }
        if (found != null) {
            problems.report(found.location(), found.message());
        } else {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.report(new Location((int) Math.max(1, parser.getCurrentLineNumber()), 1),
                    "not a CSV file by RFC 4180: " + Quoted.of(String.valueOf(reason)));
        }
    }
}
