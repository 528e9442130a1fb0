package ru.sferumworkflow.roster;

import org.apache.commons.csv.CSVRecord;

/** One line of a {@link CsvTable}: values by column name, blank values as null. */
public final class CsvLine {

    private final int number;
    private final CSVRecord record;
    private final CsvTable table;

    CsvLine(int recordNumber, CSVRecord record, CsvTable table) {
        // The header is record 1 and spreadsheet row 1, so record numbers are the rows people see.
        this.number = recordNumber;
        this.record = record;
        this.table = table;
    }

    public int number() {
        return number;
    }

    /** The trimmed value, or null when the column is absent or the cell is empty. */
    public String get(String column) {
        int index = table.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
