package ru.sferumworkflow.moderation;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.ChatRules;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/**
 * «Нарушение зафиксировано» (start of «Нарушение правил чата»): the chat, its member, the rule by its number — the
 * only ground there is (seed §21.4: «не вправе удалять или блокировать … по причинам, не связанным с правилами
 * общения»), what happened and the evidence. The chat's moderator or an administrator of the Sferum records one;
 * another member of the chat files it as a complaint, which the moderator confirms first. A second breach within the
 * period makes it a repeated one.
 */
@Dependent
@Named("recordBreach")
public class RecordBreach implements ExecutionListener {

    /** How a complaint by a member without an account names its author in «reported by». */
    static final String MEMBER_PREFIX = "member:";

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    JpaBreaches breaches;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        try {
            record(execution);
        } catch (Refusal refusal) {
            throw FormErrors.refusal(refusal.getMessage());
        }
    }

    /** Who reports, where, and whether it is a complaint to be confirmed by the moderator. */
    private record Reporter(String id, Person person, Chat chat, boolean complaint) {
    }

    private void record(DelegateExecution execution) {
        String college = execution.getTenantId();
        Authentication user = Context.getCommandContext().getAuthentication();
        String memberLink = FormValues.textOrNull(execution.getVariable(BreachVariables.COMPLAINANT_MEMBERSHIP));
        Reporter reporter = user == null && memberLink != null ? memberComplaint(college, memberLink)
                : staff(execution, college, user, memberLink);
        Chat chat = reporter.chat();
        Person reporterPerson = reporter.person();
        boolean complaint = reporter.complaint();
        ChatRuleBook.Rules rules = ruleBook.current(chat.id());
        // The number means a rule of the version the reporter read: it must be the version in force.
        int read = FormValues.wholeNumber(execution.getVariable(BreachVariables.RULES_VERSION), 1, Integer.MAX_VALUE)
                .orElse(ChatRules.STANDARD_VERSION);
        if (read != rules.version()) {
            throw new Refusal("Правила этого чата сейчас — версия " + rules.version() + ": проверьте номер пункта по ним "
                    + "(GET /camunda/sferum/api/chats/" + chat.id() + "/rules) и укажите версию " + rules.version() + ".");
        }
        int number = FormValues.wholeNumber(execution.getVariable(BreachVariables.RULE_NUMBER), 1, rules.rules().size())
                .orElseThrow(() -> new Refusal("Укажите номер пункта действующих правил общения этого чата (версия "
                        + rules.version() + ") от 1 до " + rules.rules().size() + ": напоминать правила и ограничивать "
                        + "участника можно только за нарушение правил общения (п. 21.4 Порядка)."));
        String rule = rules.rule(number).orElseThrow();
        Person person = member(chat, FormValues.textOrNull(execution.getVariable(BreachVariables.MEMBER_NAME)));
        if (reporterPerson != null && reporterPerson.id().equals(person.id())) {
            throw new Refusal("На себя жалобу не подают: укажите участника, который нарушил правила.");
        }
        refuseRuleNotAccepted(chat, person, rules, number, rule);
        breaches.runningRestriction(chat.id(), person.id()).ifPresent(running -> {
            throw new Refusal("Доступ этого участника к чату уже ограничен до " + RestrictionMail.until(running)
                    + ": новое ограничение поверх действующего не оформляется.");
        });
        String description = required(execution.getVariable(BreachVariables.DESCRIPTION), "Опишите, что произошло");
        String evidence = required(execution.getVariable(BreachVariables.EVIDENCE),
                "Приведите доказательство (цитату сообщения, дату и время)");

        OffsetDateTime now = Clock.now();
        Breach breach = new Breach(college, chat.id(), person.id(), String.valueOf(rules.version()), number, rule,
                description, evidence, reporter.id(), now, execution.getProcessInstanceId(), complaint);
        breaches.persist(breach);
        // A complaint is judged by the moderator first; whether it is a repeated breach is decided then.
        boolean repeated = !complaint && breaches.isRepeated(breach);
        audit.record(college, reporter.id(), complaint ? "COMPLAINT_RECEIVED" : "BREACH_RECORDED", person.id(),
                "CHAT", chat.id(), (complaint ? "Жалоба участника чата: нарушение п. " : "Нарушение п. ") + number
                        + " правил «" + chat.title() + "»" + (repeated ? " (повторное)" : ""));

        execution.setVariable(BreachVariables.CHAT_ID, chat.id());
        execution.setVariable(BreachVariables.CHAT_TITLE, chat.title());
        execution.setVariable(BreachVariables.PERSON_NAME, person.fullName());
        execution.setVariable(BreachVariables.RULE_TEXT, "п. " + number + ": " + rule);
        execution.setVariable(BreachVariables.COMPLAINT, complaint);
        execution.setVariable(BreachVariables.REPEATED, repeated);
    }

    private Person member(Chat chat, String name) {
        if (name == null) {
            throw new Refusal("Укажите ФИО участника чата, который нарушил правила.");
        }
        List<Person> found = chats.activeMembers(chat.id()).stream().map(Membership::personId).distinct()
                .map(id -> roster.person(chat.collegeId(), id).orElseThrow())
                .filter(person -> person.isNamed(name))
                .toList();
        if (found.isEmpty()) {
            throw new Refusal("В «" + chat.title() + "» нет участника с таким ФИО: проверьте ФИО полностью.");
        }
        if (found.size() > 1) {
            throw new Refusal("В чате несколько участников с таким ФИО: зафиксируйте нарушение через администратора Сферума.");
        }
        return found.get(0);
    }

    /** A staff user of Tasklist: the chat's moderator, an administrator, or (a complaint) another member of it. */
    private Reporter staff(DelegateExecution execution, String college, Authentication user, String memberLink) {
        if (user == null || user.getUserId() == null || memberLink != null) {
            throw new Refusal("Нарушение фиксирует вошедший пользователь.");
        }
        // The college comes from the instance's tenant, which a start variable could name: it must be the reporter's.
        if (user.getTenantIds() == null || !user.getTenantIds().contains(college)) {
            throw new Refusal("Нарушения фиксируют только в чатах своего Техникума.");
        }
        Chat chat = chat(execution, college);
        boolean administrator = user.getGroupIds() != null && user.getGroupIds().contains(WorkflowGroup.ADMINISTRATORS.id());
        Person person = roster.activeStaffByUser(college, user.getUserId()).orElse(null);
        boolean moderator = person != null && person.id().equals(chat.moderatorId());
        boolean complaint = !administrator && !moderator && person != null && isMember(chat, person);
        if (!administrator && !moderator && !complaint) {
            throw new Refusal("Нарушение в «" + chat.title() + "» фиксирует модератор этого чата или администратор "
                    + "Сферума; участник этого чата может подать жалобу.");
        }
        return new Reporter(user.getUserId(), person, chat, complaint);
    }

    /** A student or parent, by the personal link of their membership (the system starts the instance for them). */
    private Reporter memberComplaint(String college, String membershipId) {
        Membership membership = chats.membership(college, membershipId).filter(Membership::isActive)
                .orElseThrow(() -> new Refusal("Вы больше не участник этого чата: жалобу подать нельзя."));
        Chat chat = chats.chat(college, membership.chatId()).orElseThrow();
        Person person = roster.person(college, membership.personId()).orElseThrow();
        return new Reporter(MEMBER_PREFIX + person.id(), person, chat, true);
    }

    private boolean isMember(Chat chat, Person person) {
        return chats.activeMembers(chat.id()).stream().anyMatch(membership -> membership.personId().equals(person.id()));
    }

    /**
     * A member who has not yet accepted the version in force is held to the rules they accepted: a rule that reads
     * otherwise there is not a ground against them.
     */
    private void refuseRuleNotAccepted(Chat chat, Person person, ChatRuleBook.Rules rules, int number, String rule) {
        Integer accepted = chats.activeMembers(chat.id()).stream().filter(m -> m.personId().equals(person.id()))
                .map(Membership::rulesVersion).filter(version -> version != null).findFirst().orElse(null);
        if (accepted == null || accepted >= rules.version()) {
            return;
        }
        boolean same = ruleBook.version(chat.id(), accepted).flatMap(older -> older.rule(number))
                .map(rule::equals).orElse(false);
        if (!same) {
            throw new Refusal("Участник принял правила версии " + accepted + " и ещё не принял действующую, а пункта "
                    + number + " в его версии нет или он другой: напомните в чате действующие правила — нарушение "
                    + "фиксируют по правилам, которые участник принял.");
        }
    }

    /** The chat by kind, group code and, where several chats of that kind remain, its title. */
    private Chat chat(DelegateExecution execution, String college) {
        ChatKind kind = ChatKind.parse(FormValues.textOrNull(execution.getVariable(BreachVariables.CHAT_KIND)))
                .orElseThrow(() -> new Refusal("Выберите вид чата, в котором нарушены правила."));
        String code = FormValues.textOrNull(execution.getVariable(BreachVariables.GROUP_CODE));
        String title = FormValues.textOrNull(execution.getVariable(BreachVariables.CHAT_TITLE_GIVEN));
        if (kind.ofGroup() && code == null) {
            throw new Refusal("Укажите код группы, например ИС-21.");
        }
        List<Chat> found = chats.openChats(college, kind).stream()
                .filter(chat -> !kind.ofGroup() || chat.groupId() != null
                        && chats.groupCodeOf(chat.groupId()).equalsIgnoreCase(code))
                .filter(chat -> title == null || chat.title().equalsIgnoreCase(title))
                .toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new Refusal(found.isEmpty() ? "Такого чата нет среди действующих чатов Техникума: проверьте вид чата, "
                + "код группы и название." : "Таких чатов несколько: укажите название чата, как оно записано в списках.");
    }

    private static String required(Object value, String what) {
        String text = FormValues.textOrNull(value);
        if (text == null || text.length() > 2000) {
            throw new Refusal(what + " (до 2000 знаков).");
        }
        return text;
    }
}
