package ru.sferumworkflow.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The college's roster as one import sees it: groups by code and people by their external key, each role apart.
 * Loaded once per import, so that checking 10,000 lines never queries the database per line.
 */
public final class RosterSnapshot {

    private final Map<String, StudyGroup> groups = new HashMap<>();
    private final Map<PersonRole, Map<String, Person>> people = new HashMap<>();
    private final Map<String, List<StudentParent>> parentLinks = new HashMap<>();

    public RosterSnapshot(List<StudyGroup> groups, List<Person> people, List<StudentParent> links) {
        groups.forEach(this::addGroup);
        people.forEach(this::addPerson);
        links.forEach(this::addLink);
    }

    public void addGroup(StudyGroup group) {
        groups.put(groupKey(group.code()), group);
    }

    public void addPerson(Person person) {
        people.computeIfAbsent(person.role(), role -> new HashMap<>()).put(person.externalKey(), person);
    }

    public void addLink(StudentParent link) {
        parentLinks.computeIfAbsent(link.studentId(), id -> new ArrayList<>()).add(link);
    }

    public Optional<StudyGroup> group(String code) {
        return Optional.ofNullable(groups.get(groupKey(code)));
    }

    public Optional<Person> person(PersonRole role, String key) {
        return Optional.ofNullable(people.getOrDefault(role, Map.of()).get(key));
    }

    public Map<String, Person> people(PersonRole role) {
        return people.getOrDefault(role, Map.of());
    }

    /** Active people of the role whose keys a complete file of that role did not list: «выбыли?». */
    public List<Person> activeNotListed(PersonRole role, Set<String> listedKeys) {
        return people(role).values().stream()
                .filter(person -> person.isActive() && !listedKeys.contains(person.externalKey()))
                .toList();
    }

    /** Active staff whose name (Ё as Е, any case) is the given one. */
    public List<Person> activeStaffNamed(String fullName) {
        String wanted = Person.searchForm(fullName);
        return people(PersonRole.STAFF).values().stream()
                .filter(person -> person.isActive() && Person.searchForm(person.fullName()).equals(wanted))
                .toList();
    }

    public List<StudentParent> currentLinks(String studentId) {
        return parentLinks.getOrDefault(studentId, List.of()).stream().filter(StudentParent::isCurrent).toList();
    }

    /** Group codes («ИС-21») compare without case and with Ё as Е. */
    public static String groupKey(String code) {
        return code.trim().toUpperCase(Locale.ROOT).replace('Ё', 'Е');
    }
}
