package ru.sferumworkflow.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;

/**
 * Destroys one person's personal data in the caller's transaction: the roster card keeps only its id, role, group
 * and status (the name becomes «Уничтожено …», phone, e-mail, birth date and the file number go), their values are
 * replaced in every other text of the application and of the engine's history ({@link Redaction}), and their Tasklist
 * account, if any, is named for removal; the scans of their paper consents and withdrawals are deleted. What stays: the person's id in memberships, consents, movements and the
 * audit trail, and the orders on the core activity (kept permanently: a person named in one stays named there).
 * Destructions run one at a time (a lock row), each in the transaction of its step.
 */
@ApplicationScoped
public class PersonalDataEraser {

    /** Records kept whole: orders and their documents (permanently), other people's cards, accounts. */
    static final Set<String> KEPT = Set.of("SFW_PERSON", "SFW_APPOINTMENT_ORDER", "SFW_DOCUMENT",
            "SFW_REGISTRATION_REQUEST", "ACT_ID_USER", "ACT_ID_INFO", "SFW_LOCK");

    /** What was destroyed: the values found and where they were replaced; the account to delete, if any. */
    public record Erased(List<String> categories, Map<String, Integer> replaced, String userId) {
    }

    @Resource(lookup = ProcessEngineBootstrap.DATASOURCE)
    DataSource dataSource;

    public PersonalDataEraser() {
    }

    PersonalDataEraser(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Erased erase(String personId) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select NAME from SFW_LOCK where NAME = 'personal-data-destruction' for update")) {
                lock.executeQuery().close();
            }
            PersonalValues values = new PersonalValues();
            List<String> categories = new ArrayList<>();
            String userId = collect(connection, personId, values, categories);
            mask(connection, personId);
            if (deleteScans(connection, personId) > 0) {
                categories.add("сканы согласий и отзывов согласия");
            }
            return new Erased(categories, Redaction.run(connection, values, KEPT), userId);
        } catch (SQLException e) {
            // The database's message may quote the row it failed on: only its code goes into the job's trace.
            throw new IllegalStateException("Не удалось уничтожить персональные данные (SQLState " + e.getSQLState()
                    + "); повторите задание в Cockpit или обратитесь к оператору.");
        }
    }

    /**
     * The person's values from their card, what they gave themselves on the join page or in a confirmed
     * verification, and their account's name. A value another live card also holds (a parent's phone given for a
     * child) is theirs too and stays; surname with first name alone is looked for only when nobody else has that pair.
     */
    private static String collect(Connection connection, String personId, PersonalValues values,
            List<String> categories) throws SQLException {
        String userId;
        Set<String> shared = sharedValues(connection, personId);
        try (PreparedStatement card = connection.prepareStatement("select FULL_NAME, EMAIL, PHONE, BIRTH_DATE,"
                + " EXTERNAL_KEY, USER_ID, SEARCH_NAME, POSITION from SFW_PERSON where ID = ?")) {
            card.setString(1, personId);
            try (ResultSet found = card.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("Человека " + personId + " нет в списках.");
                }
                String[] words = found.getString(7).split("\\s+");
                values.name(found.getString(1), words.length >= 2 && !namesake(connection, personId, words[0] + " " + words[1]))
                        .birthDate(found.getObject(4, LocalDate.class));
                unlessShared(found.getString(2), shared, values::email);
                unlessShared(found.getString(3), shared, values::phone);
                unlessShared(found.getString(5), shared, values::exact);
                categories.add("фамилия, имя, отчество");
                if (found.getString(2) != null) {
                    categories.add("адрес электронной почты");
                }
                if (found.getString(3) != null) {
                    categories.add("номер телефона");
                }
                if (found.getObject(4) != null) {
                    categories.add("дата рождения");
                }
                if (found.getString(8) != null) {
                    categories.add("должность");
                }
                categories.add("номер личного дела (табельный номер, для родителя — контакт)");
                userId = found.getString(6);
            }
        }
        int given = add(connection, "select r.GIVEN_PHONE, r.GIVEN_EMAIL, null from SFW_INVITATION_RECIPIENT r"
                + " where r.PERSON_ID = ? and r.STATUS = 'ACCEPTED'", personId, personId, values);
        given += add(connection, "select GIVEN_PHONE, GIVEN_EMAIL, GIVEN_NAME from SFW_TEACHER_VERIFICATION"
                + " where PERSON_ID = ? and STATUS in ('CONFIRMED', 'VERIFIED')", personId, personId, values);
        if (given > 0) {
            categories.add("контакты, указанные самим человеком (страница приглашения, проверка статуса «учитель»)");
        }
        if (userId != null) {
            // The login stays where it was written (who did what): the account it named is gone.
            // Letters and documents write an account's name «Имя Отчество Фамилия», the roster «Фамилия Имя Отчество».
            add(connection, "select null, EMAIL_, concat(concat(LAST_, ' '), FIRST_) from ACT_ID_USER where ID_ = ?",
                    userId, personId, values);
            add(connection, "select null, null, concat(concat(FIRST_, ' '), LAST_) from ACT_ID_USER where ID_ = ?",
                    userId, personId, values);
            categories.add("учётная запись Tasklist");
        }
        return userId;
    }

    /**
     * The values of this card that another card holds too (as its phone, e-mail or key); a value given on a form is
     * checked the same way in {@link #unlessShared}.
     */
    private static Set<String> sharedValues(Connection connection, String personId) throws SQLException {
        Set<String> shared = new java.util.HashSet<>();
        try (PreparedStatement own = connection.prepareStatement("select EMAIL, PHONE, EXTERNAL_KEY from SFW_PERSON"
                + " where ID = ?")) {
            own.setString(1, personId);
            try (ResultSet found = own.executeQuery()) {
                while (found.next()) {
                    for (int i = 1; i <= 3; i++) {
                        String value = found.getString(i);
                        if (value != null && heldByAnother(connection, personId, value)) {
                            shared.add(value.toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        return shared;
    }

    private static boolean heldByAnother(Connection connection, String personId, String value) throws SQLException {
        try (PreparedStatement others = connection.prepareStatement("select count(*) from SFW_PERSON where ID <> ?"
                + " and (lower(EMAIL) = ? or PHONE = ? or lower(EXTERNAL_KEY) = ?)")) {
            String lower = value.toLowerCase(java.util.Locale.ROOT);
            others.setString(1, personId);
            others.setString(2, lower);
            others.setString(3, value);
            others.setString(4, lower);
            try (ResultSet found = others.executeQuery()) {
                found.next();
                return found.getLong(1) > 0;
            }
        }
    }

    private static boolean namesake(Connection connection, String personId, String surnameAndName) throws SQLException {
        try (PreparedStatement others = connection.prepareStatement("select count(*) from SFW_PERSON where ID <> ?"
                + " and (SEARCH_NAME = ? or SEARCH_NAME like ?)")) {
            others.setString(1, personId);
            others.setString(2, surnameAndName);
            others.setString(3, surnameAndName + " %");
            try (ResultSet found = others.executeQuery()) {
                found.next();
                return found.getLong(1) > 0;
            }
        }
    }

    private static void unlessShared(String value, Set<String> shared,
            java.util.function.Function<String, PersonalValues> add) {
        if (value != null && !shared.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            add.apply(value);
        }
    }

    /** The same for a value given on a form: it stays when another card holds it. */
    private static void unlessAnothers(Connection connection, String personId, String value,
            java.util.function.Function<String, PersonalValues> add) throws SQLException {
        if (value != null && !heldByAnother(connection, personId, value)) {
            add.apply(value);
        }
    }

    /** Adds the phones, e-mails and names the query gives (each column may be empty); returns how many rows. */
    private static int add(Connection connection, String sql, String id, String personId, PersonalValues values)
            throws SQLException {
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    unlessAnothers(connection, personId, found.getString(1), values::phone);
                    unlessAnothers(connection, personId, found.getString(2), values::email);
                    values.name(found.getString(3));
                    rows++;
                }
            }
        }
        return rows;
    }

    /**
     * The scans of the person's paper consents and withdrawals (signed, with names in them) go; the consent rows stay
     * with the person's id. A consent the person gave for a child keeps its scan while it proves the child's consent.
     * Their withdrawal links go too.
     */
    private static int deleteScans(Connection connection, String personId) throws SQLException {
        int deleted;
        try (PreparedStatement scans = connection.prepareStatement("delete from SFW_DOCUMENT where ID in"
                + " (select SCAN_ID from SFW_CONSENT where SUBJECT_ID = ?)"
                + " or ID in (select WITHDRAWAL_SCAN_ID from SFW_CONSENT where SUBJECT_ID = ?)")) {
            scans.setString(1, personId);
            scans.setString(2, personId);
            deleted = scans.executeUpdate();
        }
        try (PreparedStatement consents = connection.prepareStatement("update SFW_CONSENT set SCAN_ID = null,"
                + " WITHDRAWAL_SCAN_ID = null where SUBJECT_ID = ?");
                PreparedStatement links = connection.prepareStatement(
                        "delete from SFW_WITHDRAWAL_LINK where PERSON_ID = ?")) {
            consents.setString(1, personId);
            consents.executeUpdate();
            links.setString(1, personId);
            links.executeUpdate();
        }
        return deleted;
    }

    /** The card keeps its id, role, group and status; the columns that may not be empty get a mark of their own. */
    private static void mask(Connection connection, String personId) throws SQLException {
        String mark = "Уничтожено " + personId.substring(0, 8);
        try (PreparedStatement update = connection.prepareStatement("update SFW_PERSON set FULL_NAME = ?,"
                + " SEARCH_NAME = ?, EMAIL = null, PHONE = null, BIRTH_DATE = null, EXTERNAL_KEY = ?, USER_ID = null,"
                + " POSITION = null, VERSION = VERSION + 1, UPDATED_AT = current_timestamp where ID = ?")) {
            update.setString(1, mark);
            update.setString(2, mark.toUpperCase(java.util.Locale.forLanguageTag("ru")));
            update.setString(3, "уничтожено-" + personId);
            update.setString(4, personId);
            update.executeUpdate();
        }
    }
}
