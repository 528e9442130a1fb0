package ru.sferumworkflow.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as colleges save them from Excel or their accounting systems: UTF-8 (with or without BOM) or
 * Windows-1251, fields separated by {@code ;} or {@code ,}, a header row in Russian. Lines are read one at a time,
 * so a long file is never held as parsed rows.
 */
public final class CsvTable {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final byte[] content;
    private final Charset charset;
    private final char delimiter;
    private final Map<String, Integer> columns;
    private final List<String> headers;

    private CsvTable(byte[] content, Charset charset, char delimiter, List<String> headers) {
        this.content = content;
        this.charset = charset;
        this.delimiter = delimiter;
        this.headers = headers;
        this.columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(normalizeHeader(headers.get(i)), i);
        }
    }

    /** Reads the header; the encoding is UTF-8 when the bytes are valid UTF-8, Windows-1251 otherwise. */
    public static CsvTable open(byte[] content) {
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        String firstLine = firstLine(content, charset);
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        try (CSVParser parser = format(delimiter).parse(reader(content, charset))) {
            CSVRecord header = parser.stream().findFirst().orElse(null);
            List<String> headers = header == null ? List.of() : header.toList();
            return new CsvTable(content, charset, delimiter, headers);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("Файл не читается как CSV: " + e.getMessage(), e);
        }
    }

    /** The whole file as text, in the encoding it was saved in (see {@link #open}), without a byte order mark. */
    public static String decode(byte[] content) {
        String text = new String(content, isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1251);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Calls the consumer for every line after the header, numbered as a spreadsheet numbers its rows. */
    public void forEachLine(Consumer<CsvLine> consumer) {
        try (CSVParser parser = format(delimiter).parse(reader(content, charset))) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                consumer.accept(new CsvLine((int) record.getRecordNumber(), record, this));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of lines after the header that carry anything, for the progress bar. */
    public int countLines() {
        int[] lines = {0};
        forEachLine(line -> lines[0]++);
        return lines[0];
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(normalizeHeader(name));
    }

    int indexOf(String name) {
        Integer index = columns.get(normalizeHeader(name));
        return index == null ? -1 : index;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> headers() {
        return headers;
    }

    /** Headers compare without case, extra spaces or the difference between Ё and Е. */
    static String normalizeHeader(String header) {
        return header.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false) // keep counting blank lines: numbers match the spreadsheet's rows
                .get();
    }

    private static Reader reader(byte[] content, Charset charset) {
        int skip = hasUtf8Bom(content) ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip), charset);
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String firstLine(byte[] content, Charset charset) {
        int end = 0;
        while (end < content.length && content[end] != '\n' && content[end] != '\r') {
            end++;
        }
        return new String(content, 0, end, charset);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Builds the header-only part of an error list: required columns that the file lacks. */
    public List<LineProblem> missingColumns(List<String> required) {
        List<LineProblem> problems = new ArrayList<>();
        for (String column : required) {
            if (!hasColumn(column)) {
                problems.add(new LineProblem(1, column, "В строке заголовков нет столбца «" + column
                        + "». Проверьте название (пример — в образце файла на странице загрузки)."));
            }
        }
        return problems;
    }
}
