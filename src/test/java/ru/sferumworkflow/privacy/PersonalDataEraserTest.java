package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.privacy.PrivacySchema.insert;
import static ru.sferumworkflow.privacy.PrivacySchema.person;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One person's data erased from the application's schema and from texts in the engine's kind of tables (made here
 * as Camunda names and types them): afterwards a search of every text and binary column finds none of their values,
 * while another person's card, the kept order and the ids stay.
 */
class PersonalDataEraserTest {

    static final String ID = "0a1b2c3d-0000-0000-0000-000000000001";
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static JdbcDataSource database;
    static PersonalDataEraser.Erased erased;

    @BeforeAll
    static void erased() throws SQLException {
        database = PrivacySchema.create("eraser");
        try (Connection c = database.getConnection()) {
            // The engine's tables this test stands in for: a form value, a variable, a comment, a job's trace.
            c.createStatement().execute("create table ACT_HI_DETAIL (ID_ varchar(64) primary key, NAME_ varchar(255),"
                    + " TEXT_ varchar(4000), TEXT2_ varchar(4000))");
            c.createStatement().execute("create table ACT_HI_VARINST (ID_ varchar(64) primary key, NAME_ varchar(255),"
                    + " TEXT_ varchar(4000))");
            c.createStatement().execute("create table ACT_HI_COMMENT (ID_ varchar(64) primary key, MESSAGE_ varchar(4000),"
                    + " FULL_MSG_ varbinary(100000))");
            c.createStatement().execute("create table ACT_GE_BYTEARRAY (ID_ varchar(64) primary key,"
                    + " DEPLOYMENT_ID_ varchar(64), BYTES_ varbinary(100000))");
            person(c, ID, "STUDENT", "EXPELLED", "Орлова Алёна Петровна", "alena.orlova@mail.test", "+79123456789");
            c.createStatement().execute("update SFW_PERSON set BIRTH_DATE = date '2007-03-05' where ID = '" + ID + "'");
            person(c, "other", "STUDENT", "ACTIVE", "Орлова Мария Ивановна", "maria@mail.test", "+79990000000");
            // A namesake with the same surname and first name, and a parent whose phone was given for the child too.
            person(c, "namesake", "STUDENT", "ACTIVE", "Орлова Алёна Ивановна", "namesake@mail.test", null);
            person(c, "mother", "PARENT", "ACTIVE", "Орлова Ольга Петровна", "olga@mail.test", "+79001112233");
            insert(c, "insert into SFW_INVITATION_RECIPIENT (ID, VERSION, INVITATION_ID, LIST_POSITION, PERSON_ID, STATUS,"
                    + " GIVEN_PHONE) values ('r1', 0, 'i', 0, ?, 'ACCEPTED', '+79001112233')", ID);
            insert(c, "insert into ACT_HI_DETAIL values ('d4', 'note', 'Звонила Орлова Алёна Ивановна, мама: +7 900 111-22-33',"
                    + " '" + ID.replace("0001", "4567") + "')");
            insert(c, "insert into ACT_HI_DETAIL values ('d1', 'givenName', 'ОРЛОВА  АЛЁНА ПЕТРОВНА', null)");
            insert(c, "insert into ACT_HI_DETAIL values ('d2', 'givenPhone', '8 (912) 345-67-89', null)");
            insert(c, "insert into ACT_HI_DETAIL values ('d3', 'givenName', 'Орлова Мария Ивановна', null)");
            insert(c, "insert into ACT_HI_VARINST values ('v1', 'peopleList', 'Алёна Петровна Орлова (alena.orlova@mail.test)')");
            insert(c, "insert into ACT_HI_COMMENT values ('c1', 'звонила Орлова Алёна Петровна', ?)",
                    "звонила Орлова Алёна Петровна, +7 912 345 67 89".getBytes(StandardCharsets.UTF_8));
            insert(c, "insert into ACT_GE_BYTEARRAY values ('b1', null, ?)",
                    "MessagingException: 550 alena.orlova@mail.test unknown".getBytes(StandardCharsets.UTF_8));
            insert(c, "insert into ACT_GE_BYTEARRAY values ('b2', 'deployment', ?)", "<bpmn/>".getBytes(StandardCharsets.UTF_8));
            insert(c, "insert into SFW_ROSTER_IMPORT (ID, COLLEGE_ID, KIND, FILE_NAME, CONTENT, STATUS, TOTAL_LINES,"
                    + " PROCESSED, CREATED, UPDATED, UNCHANGED, STARTED_BY, STARTED_AT)"
                    + " values ('i1', 'college', 'STUDENTS', 'students.csv', ?, 'DONE', 2, 2, 2, 0, 0, 'admin', ?)",
                    "ФИО;Дата рождения;Телефон\nОрлова Алёна Петровна;05.03.2007;alena.orlova@mail.test\nОрлова Мария Ивановна;05.03.2007;\n"
                            .getBytes(WINDOWS_1251), OffsetDateTime.now());
            insert(c, "insert into SFW_AUDIT_EVENT (ID, COLLEGE_ID, OCCURRED_AT, ACTION_NAME, PERSON_ID, OBJECT_TYPE,"
                    + " OBJECT_ID, DETAIL) values ('e1', 'college', ?, 'JOIN_REFUSED', ?, 'PERSON', ?,"
                    + " 'Отказано: Орлова Алёна Петровна уже в чате')", OffsetDateTime.now(), ID, ID);
        }
        erased = new PersonalDataEraser(database).erase(ID);
    }

    @Test
    void noneOfThePersonsValuesIsLeftInAnyColumn() throws SQLException {
        List<String> found = new ArrayList<>();
        // Written out here as people wrote them, not found with the class under test.
        List<String> writings = List.of("алёна петровна", "алена петровна", "alena", "345-67-89", "9123456789",
                "345 67 89");
        try (Connection c = database.getConnection()) {
            for (String table : Redaction.tables(c.getMetaData())) {
                try (PreparedStatement all = c.prepareStatement("select * from " + table); ResultSet rows = all.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    + new String(bytes, WINDOWS_1251) : String.valueOf(value);
                            String lower = text.toLowerCase(Locale.forLanguageTag("ru"));
                            if (writings.stream().anyMatch(lower::contains)
                                    || lower.contains("петровна;05.03.2007")) {
                                found.add(table + "." + rows.getMetaData().getColumnName(i) + ": " + text);
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCardKeepsItsIdAndTheOtherPersonKeepsEverything() throws SQLException {
        try (Connection c = database.getConnection(); ResultSet card = c.createStatement().executeQuery(
                "select FULL_NAME, EMAIL, PHONE, BIRTH_DATE, EXTERNAL_KEY, STATUS from SFW_PERSON where ID = '" + ID + "'")) {
            card.next();
            assertThat(card.getString(1)).isEqualTo("Уничтожено 0a1b2c3d");
            assertThat(card.getString(2)).isNull();
            assertThat(card.getString(3)).isNull();
            assertThat(card.getObject(4)).isNull();
            assertThat(card.getString(5)).isEqualTo("уничтожено-" + ID);
            assertThat(card.getString(6)).isEqualTo("EXPELLED");
        }
        try (Connection c = database.getConnection(); ResultSet other = c.createStatement().executeQuery(
                "select TEXT_ from ACT_HI_DETAIL where ID_ = 'd3'")) {
            other.next();
            assertThat(other.getString(1)).isEqualTo("Орлова Мария Ивановна");
        }
        try (Connection c = database.getConnection(); ResultSet file = c.createStatement().executeQuery(
                "select CONTENT from SFW_ROSTER_IMPORT where ID = 'i1'")) {
            file.next();
            assertThat(new String(file.getBytes(1), WINDOWS_1251)).as("a classmate's same birthday stays").isEqualTo(
                    "ФИО;Дата рождения;Телефон\n[уничтожено];[уничтожено];[уничтожено]\nОрлова Мария Ивановна;05.03.2007;\n");
        }
        try (Connection c = database.getConnection(); ResultSet note = c.createStatement().executeQuery(
                "select TEXT_, TEXT2_ from ACT_HI_DETAIL where ID_ = 'd4'")) {
            note.next();
            assertThat(note.getString(1)).as("the namesake and the mother's own phone stay")
                    .isEqualTo("Звонила Орлова Алёна Ивановна, мама: +7 900 111-22-33");
            assertThat(note.getString(2)).as("an id is never touched").isEqualTo(ID.replace("0001", "4567"));
        }
    }

    @Test
    void whatWasDestroyedIsListedForTheAct() {
        assertThat(erased.categories()).contains("фамилия, имя, отчество", "номер телефона", "адрес электронной почты",
                "дата рождения");
        assertThat(erased.replaced()).containsKeys("ACT_HI_DETAIL", "ACT_HI_VARINST", "ACT_HI_COMMENT",
                "ACT_GE_BYTEARRAY", "SFW_ROSTER_IMPORT", "SFW_AUDIT_EVENT");
        assertThat(erased.replaced().get("ACT_HI_DETAIL")).isEqualTo(2);
        assertThat(erased.userId()).isNull();
    }
}
