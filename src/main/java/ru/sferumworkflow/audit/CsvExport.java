package ru.sferumworkflow.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list or a timeline as a CSV file that Excel opens as it is (UTF-8 with a byte order mark, «;»), and that cannot
 * run anything there: a cell starting with =, +, -, @, a tab or a carriage return is taken as text (a leading «'»,
 * as OWASP advises against formula injection).
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(out)) {
            printer.printRecord(header.stream().map(CsvExport::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvExport::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
