package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ru.sferumworkflow.platform.rest.JsonTime;

/**
 * The roster as the REST API shows it. Phones, e-mails and dates of birth appear only when the caller may see
 * personal data (administrators and the administration); everybody else sees names and roles.
 */
public final class RosterViews {

    private RosterViews() {
    }

    public record GroupRef(String id, String code) {
    }

    public record PersonRef(String id, String fullName) {
    }

    public record GroupView(String id, String code, String name, String specialty, Integer course, boolean active,
            PersonRef classTeacher) {
    }

    public record PersonView(String id, String fullName, String role, String roleTitle, String status,
            String statusTitle, GroupRef group, String position, Boolean pedagogical, String phone, String email,
            String birthDate, Boolean minor, String userId) {
    }

    public record PageView<T>(long total, int page, int size, List<T> items) {
    }

    public record MovementView(String id, String personId, String kind, String kindTitle, String orderNumber,
            String orderDate, String document, GroupRef fromGroup, GroupRef toGroup, String processInstanceId,
            String enteredBy, String enteredAt) {
    }

    /** A consent on the card: who gave it, for what, which data, how; its withdrawal; whether scans are kept. */
    public record ConsentView(String id, PersonRef givenBy, String purpose, String scope, String method,
            String methodTitle, String givenAt, boolean scan, String recordedBy, String withdrawnAt,
            PersonRef withdrawnBy, String withdrawalMethodTitle, boolean withdrawalScan) {
    }

    public record LinkView(PersonRef person, String since, String endedAt) {
    }

    /** Looks up names of groups and people for the views of one request. */
    public static final class Names {
        private final Map<String, StudyGroup> groups;
        private final Function<String, String> personName;

        public Names(List<StudyGroup> groups, Function<String, String> personName) {
            this.groups = groups.stream().collect(Collectors.toMap(StudyGroup::id, Function.identity()));
            this.personName = personName;
        }

        GroupRef group(String id) {
            StudyGroup group = id == null ? null : groups.get(id);
            return group == null ? null : new GroupRef(group.id(), group.code());
        }

        PersonRef person(String id) {
            return id == null ? null : new PersonRef(id, personName.apply(id));
        }
    }

    public static GroupView group(StudyGroup group, Names names) {
        return new GroupView(group.id(), group.code(), group.name(), group.specialty(), group.course(), group.active(),
                names.person(group.classTeacherId()));
    }

    public static PersonView person(Person person, Names names, boolean personalData, LocalDate today) {
        return new PersonView(person.id(), person.fullName(), person.role().name(), person.role().title(),
                person.status().name(), person.status().title(), names.group(person.groupId()), person.position(),
                person.pedagogical(),
                personalData ? person.phone() : null,
                personalData ? person.email() : null,
                personalData && person.birthDate() != null ? person.birthDate().toString() : null,
                person.role() == PersonRole.STUDENT ? person.isMinorOn(today) : null,
                personalData ? person.userId() : null);
    }

    public static MovementView movement(Movement movement, Names names) {
        return new MovementView(movement.id(), movement.personId(), movement.kind().name(), movement.kind().title(),
                movement.orderNumber(), movement.orderDate().toString(), movement.document(),
                names.group(movement.fromGroupId()),
                names.group(movement.toGroupId()), movement.processInstanceId(), movement.enteredBy(),
                JsonTime.of(movement.enteredAt()));
    }

    public static ConsentView consent(Consent consent, Names names) {
        return new ConsentView(consent.id(), names.person(consent.givenById()), consent.purpose(), consent.scope(),
                consent.method(), Consent.methodTitle(consent.method()), JsonTime.of(consent.givenAt()),
                consent.scanId() != null, consent.recordedBy(), JsonTime.of(consent.withdrawnAt()),
                names.person(consent.withdrawnById()), Consent.methodTitle(consent.withdrawalMethod()),
                consent.withdrawalScanId() != null);
    }
}
