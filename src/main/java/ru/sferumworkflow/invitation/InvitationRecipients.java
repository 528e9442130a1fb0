package ru.sferumworkflow.invitation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.platform.EngineLimits;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonFilter;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.roster.PersonStatus;
import ru.sferumworkflow.roster.StudyGroup;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/**
 * The people an invitation goes to, from the roster: everyone of a group in one step («все обучающиеся группы»,
 * «все родители группы», «все педагоги» for the «Учительская»), or named people (ФИО one per line in Tasklist, ids
 * over REST). Those already in the chat are left out; everyone else needs an e-mail for the personal link.
 */
@ApplicationScoped
public class InvitationRecipients {

    public static final String ALL_STUDENTS = "ALL_STUDENTS";
    public static final String ALL_PARENTS = "ALL_PARENTS";
    public static final String ALL_TEACHERS = "ALL_TEACHERS";
    public static final String NAMED = "NAMED";
    private static final int WHOLE_COLLEGE = 100_000;

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    public List<Person> resolve(DelegateExecution execution, String college, Chat chat, StudyGroup group,
            MembershipRole role) {
        String how = FormValues.textOrNull(execution.getVariable(InvitationVariables.RECIPIENTS));
        PersonRole personRole = InvitationRules.personRole(role);
        List<Person> people = switch (how == null ? NAMED : how) {
            case ALL_STUDENTS -> ofGroup(college, group, PersonRole.STUDENT, role, personRole);
            case ALL_PARENTS -> parentsOf(ofGroup(college, group, PersonRole.STUDENT, role, PersonRole.PARENT));
            case ALL_TEACHERS -> teachers(college, personRole);
            case NAMED -> named(college, execution, personRole);
            default -> throw new Refusal("Выберите получателей из списка.");
        };
        Set<String> members = chats.activeMembers(chat.id()).stream().map(Membership::personId).collect(Collectors.toSet());
        List<Person> invited = people.stream().filter(person -> !members.contains(person.id())).toList();
        if (invited.isEmpty()) {
            throw new Refusal(people.isEmpty() ? "Получателей не нашлось." : "Все выбранные уже в «" + chat.title() + "».");
        }
        // Refusals reach the server's log through the engine: they count people, they never name them.
        long withoutEmail = invited.stream().filter(person -> person.email() == null).count();
        if (withoutEmail > 0) {
            throw new Refusal("Нет e-mail для личной ссылки у " + withoutEmail + " из " + invited.size() + " получателей: "
                    + "найдите их в списке людей (у них пустой e-mail), добавьте e-mail в файл и загрузите его снова.");
        }
        return invited;
    }

    private List<Person> ofGroup(String college, StudyGroup group, PersonRole listed, MembershipRole role,
            PersonRole wanted) {
        if (group == null) {
            throw new Refusal("Этот чат не относится к группе: выберите получателей по списку.");
        }
        if (InvitationRules.personRole(role) != wanted) {
            throw new Refusal("Роль «" + role.title() + "» не подходит к выбранным получателям.");
        }
        return roster.search(college, new PersonFilter(null, listed, group.id(), PersonStatus.ACTIVE), 0, WHOLE_COLLEGE)
                .items();
    }

    private List<Person> parentsOf(List<Person> students) {
        Map<String, Person> parents = new LinkedHashMap<>();
        students.forEach(student -> roster.linkedPeople(student.id()).forEach(parent -> parents.put(parent.id(), parent)));
        return new ArrayList<>(parents.values());
    }

    private List<Person> teachers(String college, PersonRole wanted) {
        if (wanted != PersonRole.STAFF) {
            throw new Refusal("«Все педагоги» приглашаются в роли «учитель».");
        }
        return roster.search(college, new PersonFilter(null, PersonRole.STAFF, null, PersonStatus.ACTIVE), 0, WHOLE_COLLEGE)
                .items().stream().filter(person -> Boolean.TRUE.equals(person.pedagogical())).toList();
    }

    private List<Person> named(String college, DelegateExecution execution, PersonRole wanted) {
        String ids = FormValues.textOrNull(execution.getVariable(InvitationVariables.RECIPIENT_IDS));
        if (ids != null) {
            return Arrays.stream(ids.split("[,\\s]+")).filter(id -> !id.isBlank()).distinct()
                    .map(id -> roster.person(college, id).filter(person -> person.role() == wanted && person.isActive())
                            .orElseThrow(() -> new Refusal("Получатель " + id + " не найден среди тех, кто сейчас в "
                                    + "Техникуме в роли «" + wanted.title() + "».")))
                    .toList();
        }
        String names = FormValues.textOrNull(execution.getVariable(InvitationVariables.RECIPIENT_NAMES));
        // The form's list is kept as a process variable: longer than the engine keeps, it failed only as it was saved.
        if (names != null && names.length() > EngineLimits.TEXT_VARIABLE) {
            throw new Refusal("Список получателей длиннее 4 000 знаков (около 130 ФИО): разделите его на несколько "
                    + "приглашений или выберите всех обучающихся, всех родителей группы или всех педагогов.");
        }
        if (names == null) {
            throw new Refusal("Назовите получателей: ФИО по одному в строке (в форме Tasklist) или recipientIds (в REST API) "
                    + "— или выберите «все обучающиеся / родители группы».");
        }
        List<Person> people = new ArrayList<>();
        int line = 0;
        for (String name : names.split("\\R")) {
            line++;
            if (name.isBlank()) {
                continue;
            }
            List<Person> found = roster.search(college, new PersonFilter(name.trim(), wanted, null, PersonStatus.ACTIVE), 0, 2)
                    .items().stream().filter(person -> Person.searchForm(person.fullName())
                            .equals(Person.searchForm(name.trim().replaceAll("\\s+", " "))))
                    .toList();
            if (found.size() != 1) {
                throw new Refusal(found.isEmpty()
                        ? "Строка " + line + " списка получателей: такого человека нет в списках Техникума в роли «"
                                + wanted.title() + "» — проверьте ФИО."
                        : "Строка " + line + " списка получателей: в списках несколько людей с этим ФИО — оформите "
                                + "приглашение через REST API с идентификаторами.");
            }
            if (people.stream().noneMatch(person -> person.id().equals(found.get(0).id()))) {
                people.add(found.get(0));
            }
        }
        return people;
    }
}
