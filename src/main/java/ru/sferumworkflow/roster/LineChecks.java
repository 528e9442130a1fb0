package ru.sferumworkflow.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ru.sferumworkflow.validation.EmailAddresses;
import ru.sferumworkflow.validation.PersonNames;
import ru.sferumworkflow.validation.PhoneNumbers;

/**
 * The problems found in a file so far, and the keys already seen in it (for duplicates). The field checks say
 * in Russian what is wrong and how it should be written; they never repeat a phone or an e-mail back.
 */
public final class LineChecks {

    private final List<LineProblem> problems = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    public void add(CsvLine line, String column, String message) {
        problems.add(new LineProblem(line.number(), column, message));
    }

    public void addAll(List<LineProblem> more) {
        problems.addAll(more);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Remembers a key of this line; reports it when an earlier line had it. */
    public boolean firstOccurrence(CsvLine line, String column, String kind, String key) {
        Integer earlier = seen.putIfAbsent(kind + "\u0000" + key, line.number());
        if (earlier != null) {
            add(line, column, "Повтор: " + kind + " уже есть в строке " + earlier + ". Оставьте одну строку.");
            return false;
        }
        return true;
    }

    /**
     * The key a file identifies a person by (табельный номер, номер личного дела): present, short, once in the file,
     * and not of someone who has left — a person returns by the event «Восстановление», never through a file.
     */
    public String personKey(CsvLine line, String column, String what, PersonRole role, RosterSnapshot roster) {
        String key = required(line, column).map(value -> value.replaceAll("\\s+", "")).orElse(null);
        if (key == null) {
            return null;
        }
        if (key.length() > 30) {
            add(line, column, "«" + column + "» длиннее 30 знаков.");
        } else if (firstOccurrence(line, column, what, key)) {
            roster.person(role, key).filter(person -> !person.isWithCollege()).ifPresent(person -> add(line, column,
                    "Этот человек уже выбыл (" + person.status().title() + "). Если он вернулся, внесите событие "
                            + "«Восстановление» в его карточке; иначе уберите строку."));
        }
        return key;
    }

    public Optional<String> required(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            add(line, column, "Не заполнено: «" + column + "» обязательно.");
        }
        return Optional.ofNullable(value);
    }

    public Optional<String> fullName(CsvLine line, String column) {
        return required(line, column).flatMap(value -> {
            Optional<String> name = PersonNames.normalizeFullName(value);
            if (name.isEmpty()) {
                add(line, column, "ФИО записано неверно: нужны " + PersonNames.HINT + ".");
            }
            return name;
        });
    }

    /** An optional phone: null when empty, the {@code +7XXXXXXXXXX} form when valid. */
    public String phone(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        Optional<String> phone = PhoneNumbers.normalizeMobile(value);
        if (phone.isEmpty()) {
            add(line, column, "Телефон записан неверно: нужен " + PhoneNumbers.HINT + ".");
        }
        return phone.orElse(null);
    }

    /** An optional e-mail: null when empty, lower case when valid. */
    public String email(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        Optional<String> email = EmailAddresses.normalize(value);
        if (email.isEmpty()) {
            add(line, column, "E-mail записан неверно: нужен " + EmailAddresses.HINT + ", один адрес в ячейке.");
        }
        return email.orElse(null);
    }

    /** The text of an optional cell, refused when it is longer than the column holds. */
    public String text(CsvLine line, String column, int maxLength) {
        String value = line.get(column);
        if (value != null && value.length() > maxLength) {
            add(line, column, "Слишком длинно: не больше " + maxLength + " знаков.");
            return null;
        }
        return value;
    }

    public int errorCountAt(CsvLine line) {
        return (int) problems.stream().filter(problem -> problem.line() == line.number()).count();
    }
}
