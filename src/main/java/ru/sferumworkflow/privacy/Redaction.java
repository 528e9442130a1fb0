package ru.sferumworkflow.privacy;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replaces one person's values in every text the application and the engine keep: each text column of our tables
 * (SFW_…) and of Camunda's (ACT_…) — variables and their history, form values, comments, the operation log, business
 * keys, incident and job messages — found by the database's own description of its tables, so that a table added
 * later is covered too. Rows are picked with «like» on fragments of the values and changed in Java, so that every
 * writing of a value (a phone as typed) goes. A few binary columns hold text too: the uploaded roster files, the
 * engine's byte arrays (comments, job exception traces); they are read as text and written back in their encoding.
 * The caller names the tables kept whole (see {@link PersonalDataEraser#KEPT}).
 */
final class Redaction {

    /** Tables whose texts are not about people: schema history, engine properties and models. */
    private static final Set<String> SKIPPED = Set.of("SFW_SCHEMA_HISTORY", "ACT_GE_PROPERTY", "ACT_GE_SCHEMA_LOG",
            "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_RE_DECISION_DEF", "ACT_RE_DECISION_REQ_DEF", "ACT_RE_CASE_DEF",
            "ACT_RE_CAMFORMDEF", "ACT_ID_GROUP", "ACT_ID_TENANT", "ACT_RU_FILTER", "ACT_RU_METER_LOG",
            "ACT_RU_TASK_METER_LOG");
    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.NVARCHAR, Types.CHAR, Types.CLOB,
            Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR);
    private static final Set<Integer> BINARY = Set.of(Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);
    /** Binary columns that hold text, with the table's key; the roster files may be in windows-1251. */
    private static final Map<String, String[]> TEXT_IN_BYTES = Map.of(
            "SFW_ROSTER_IMPORT", new String[] {"ID", "CONTENT"},
            "ACT_HI_COMMENT", new String[] {"ID_", "FULL_MSG_"},
            "ACT_GE_BYTEARRAY", new String[] {"ID_", "BYTES_"});
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Redaction() {
    }

    /** Changes every occurrence outside the kept tables; returns how many rows were changed, by table. */
    static Map<String, Integer> run(Connection connection, PersonalValues person, Set<String> kept) throws SQLException {
        Map<String, Integer> changed = new TreeMap<>();
        if (person.isEmpty()) {
            return changed;
        }
        Map<String, List<Column>> byTable = new TreeMap<>();
        for (Column column : textColumns(connection)) {
            if (!kept.contains(column.table())) {
                byTable.computeIfAbsent(column.table(), table -> new ArrayList<>()).add(column);
            }
        }
        for (List<Column> columns : byTable.values()) {
            int count = redactTexts(connection, columns, person);
            if (count > 0) {
                changed.put(columns.get(0).table(), count);
            }
        }
        for (Map.Entry<String, String[]> binary : TEXT_IN_BYTES.entrySet()) {
            if (kept.contains(binary.getKey())) {
                continue;
            }
            int count = redactBytes(connection, binary.getKey(), binary.getValue()[0], binary.getValue()[1], person);
            if (count > 0) {
                changed.merge(binary.getKey(), count, Integer::sum);
            }
        }
        return changed;
    }

    /** A text column of a table, with the table's one-column key (null when it has none) and its version column. */
    record Column(String table, String name, String key, String version) {
    }

    static List<Column> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<Column> columns = new ArrayList<>();
        for (String table : tables(metadata)) {
            String key = key(metadata, table);
            if (key == null) {
                continue; // no table of people's texts is without a one-column key; these hold links only
            }
            List<String> names = new ArrayList<>();
            String version = null;
            try (ResultSet found = metadata.getColumns(null, null, caseOf(metadata, table), null)) {
                while (found.next()) {
                    String name = found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                    if (name.equals("VERSION") || name.equals("REV_")) {
                        version = name;
                    } else if (TEXT.contains(found.getInt("DATA_TYPE")) && !name.equals(key) && !isId(name)) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                columns.add(new Column(table, name, key, version));
            }
        }
        return columns;
    }

    /** Ids and links between rows: never a person's value, and a mark in one would break the link. */
    private static boolean isId(String column) {
        return column.equals("ID") || column.endsWith("_ID") || column.endsWith("ID_");
    }

    /** Our tables and the engine's, in upper case, without those holding nothing about people. */
    static List<String> tables(DatabaseMetaData metadata) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                String table = found.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if ((table.startsWith("SFW_") || table.startsWith("ACT_")) && !SKIPPED.contains(table)
                        && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /**
     * One reading of a table over all its text columns, then an update of each row where a value was found. The
     * row's version goes up, so that a transaction that read it before writes nothing back over the marks.
     */
    private static int redactTexts(Connection connection, List<Column> columns, PersonalValues person)
            throws SQLException {
        Column first = columns.get(0);
        List<String> fragments = person.likeFragments();
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (Column column : columns) {
            for (String fragment : fragments) {
                // lower() does not fold Cyrillic under every PostgreSQL collation: the usual writings are asked too.
                conditions.add("lower(" + column.name() + ") like ?");
                parameters.add("%" + escapeLike(fragment) + "%");
                for (String writing : writings(fragment)) {
                    conditions.add(column.name() + " like ?");
                    parameters.add("%" + escapeLike(writing) + "%");
                }
            }
        }
        List<String> names = columns.stream().map(Column::name).toList();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + first.key() + ", "
                + String.join(", ", names) + " from " + first.table() + " where " + String.join(" or ", conditions))) {
            select.setFetchSize(500);
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    Object[] row = new Object[names.size() + 1];
                    row[0] = found.getString(1);
                    boolean holds = false;
                    for (int i = 0; i < names.size(); i++) {
                        String text = found.getString(i + 2);
                        String redacted = person.redact(text);
                        row[i + 1] = redacted;
                        holds |= redacted != null && !redacted.equals(text);
                    }
                    if (holds) {
                        rows.add(row);
                    }
                }
            }
        }
        String versionUp = first.version() == null ? "" : ", " + first.version() + " = " + first.version() + " + 1";
        try (PreparedStatement update = connection.prepareStatement("update " + first.table() + " set "
                + String.join(", ", names.stream().map(name -> name + " = ?").toList()) + versionUp + " where "
                + first.key() + " = ?")) {
            for (Object[] row : rows) {
                for (int i = 1; i < row.length; i++) {
                    update.setString(i, (String) row[i]);
                }
                update.setString(row.length, (String) row[0]);
                update.addBatch();
            }
            if (!rows.isEmpty()) {
                update.executeBatch();
            }
        }
        return rows.size();
    }

    /** A lower-case fragment as people write it: as is, capitalized, in capitals. */
    private static List<String> writings(String fragment) {
        Locale russian = Locale.forLanguageTag("ru");
        return List.of(fragment, fragment.substring(0, 1).toUpperCase(russian) + fragment.substring(1),
                fragment.toUpperCase(russian));
    }

    private static int redactBytes(Connection connection, String table, String key, String column,
            PersonalValues person) throws SQLException {
        if (!exists(connection, table)) {
            return 0;
        }
        int changed = 0;
        String where = table.equals("ACT_GE_BYTEARRAY") ? " where DEPLOYMENT_ID_ is null" : "";
        try (PreparedStatement select = prepared(connection, "select " + key + ", " + column + " from " + table
                + where); ResultSet found = select.executeQuery();
                PreparedStatement update = connection.prepareStatement("update " + table + " set " + column
                        + " = ? where " + key + " = ?")) {
            while (found.next()) {
                byte[] bytes = found.getBytes(column);
                if (bytes == null) {
                    continue;
                }
                Charset charset = decodes(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1251;
                String text = new String(bytes, charset);
                // Only bytes that are text in that encoding are written back: anything else would come back damaged.
                if (person.occursIn(text) && Arrays.equals(text.getBytes(charset), bytes)) {
                    update.setBytes(1, person.redact(text).getBytes(charset));
                    update.setString(2, found.getString(key));
                    update.addBatch();
                    changed++;
                }
            }
            if (changed > 0) {
                update.executeBatch();
            }
        }
        return changed;
    }

    private static PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(100);
        return statement;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet found = metadata.getTables(null, null, caseOf(metadata, table), new String[] {"TABLE"})) {
            return found.next();
        }
    }

    private static String key(DatabaseMetaData metadata, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet found = metadata.getPrimaryKeys(null, null, caseOf(metadata, table))) {
            while (found.next()) {
                keys.add(found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /** PostgreSQL keeps unquoted names in lower case, H2 in upper case. */
    private static String caseOf(DatabaseMetaData metadata, String table) throws SQLException {
        return metadata.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
    }

    private static String escapeLike(String fragment) {
        // Fragments are values people wrote; «%» between a phone's digit pairs is the one wildcard meant.
        return fragment.replace("_", "\\_");
    }
}
