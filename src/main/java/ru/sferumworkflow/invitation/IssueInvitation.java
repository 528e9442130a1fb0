package ru.sferumworkflow.invitation;

import java.time.OffsetDateTime;
import java.util.Date;
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
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.StudyGroup;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/**
 * «Приглашение оформлено» (start of «Приглашение»): checks what the issuer asked — the chat, the role, the platform
 * link, the recipients, the validity, and that the issuer may invite there — then writes the invitation and its
 * recipients. A refusal leaves nothing and is shown on the form in Russian.
 */
@Dependent
@Named("issueInvitation")
public class IssueInvitation implements ExecutionListener {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 30;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    JpaInvitations invitations;

    @Inject
    InvitationRecipients recipients;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        try {
            issue(execution);
        } catch (Refusal refusal) {
            throw FormErrors.refusal(refusal.getMessage());
        }
    }

    private void issue(DelegateExecution execution) {
        String college = execution.getTenantId();
        Authentication issuer = Context.getCommandContext().getAuthentication();
        if (issuer == null || issuer.getUserId() == null) {
            throw new Refusal("Приглашение оформляет вошедший пользователь.");
        }
        // The college comes from the instance's tenant, which a start variable could name: it must be the issuer's.
        if (issuer.getTenantIds() == null || !issuer.getTenantIds().contains(college)) {
            throw new Refusal("Приглашают только в чаты своего Техникума.");
        }
        Chat chat = chat(execution, college);
        StudyGroup group = chat.groupId() == null ? null : roster.group(college, chat.groupId()).orElse(null);
        MembershipRole role = MembershipRole.parse(FormValues.textOrNull(execution.getVariable(InvitationVariables.ROLE)))
                .orElseThrow(() -> new Refusal("Выберите роль: учитель, обучающийся или родитель."));
        InvitationRules.checkRoleFits(role, chat);
        String issuerPerson = roster.activeStaffByUser(college, issuer.getUserId()).map(Person::id).orElse(null);
        InvitationRules.checkIssuerMay(issuer.getGroupIds() == null ? List.of() : issuer.getGroupIds(), issuerPerson,
                chat, group);
        String link;
        try {
            link = PlatformLinks.check(FormValues.textOrNull(execution.getVariable(InvitationVariables.PLATFORM_LINK)));
        } catch (PlatformLinks.InvalidLink e) {
            throw new Refusal(e.getMessage());
        }
        int days = validDays(execution.getVariable(InvitationVariables.VALID_DAYS));
        List<Person> people = recipients.resolve(execution, college, chat, group, role);

        OffsetDateTime now = Clock.now();
        OffsetDateTime validUntil = now.plusDays(days);
        Invitation invitation = new Invitation(college, execution.getProcessInstanceId(), chat.id(), role, link,
                issuer.getUserId(), now, validUntil);
        invitations.persist(invitation);
        for (int position = 0; position < people.size(); position++) {
            invitations.persist(new Recipient(invitation.id(), position, people.get(position).id()));
        }
        audit.record(college, issuer.getUserId(), "INVITATION_ISSUED", null, "INVITATION", invitation.id(),
                "«" + chat.title() + "», роль «" + role.title() + "», получателей: " + people.size() + ", до "
                        + validUntil.toLocalDate());

        // The names were only the form's way to choose people; the rows now say who they are.
        execution.removeVariable(InvitationVariables.RECIPIENT_NAMES);
        execution.setVariable(InvitationVariables.ISSUER, issuer.getUserId());
        execution.setVariable(InvitationVariables.CHAT_TITLE, chat.title());
        execution.setVariable(InvitationVariables.PLATFORM_LINK, link);
        // «Отправить личную ссылку» runs once per recipient and finds its own by the loop counter.
        execution.setVariable(InvitationVariables.RECIPIENT_COUNT, people.size());
        execution.setVariable(InvitationVariables.VALID_UNTIL, Date.from(validUntil.toInstant()));
        // One reminder two days before the end; for a short invitation at half its time.
        OffsetDateTime remindAt = days > 2 ? validUntil.minusDays(2) : now.plusHours(days * 12L);
        execution.setVariable(InvitationVariables.REMIND_AT, Date.from(remindAt.toInstant()));
    }

    private Chat chat(DelegateExecution execution, String college) {
        String chatId = FormValues.textOrNull(execution.getVariable(InvitationVariables.CHAT_ID));
        if (chatId != null) {
            return chats.chat(college, chatId).filter(chat -> chat.closedAt() == null)
                    .orElseThrow(() -> new Refusal("Нет такого действующего чата в Техникуме."));
        }
        return chats.byKindAndGroupCode(college, FormValues.textOrNull(execution.getVariable(InvitationVariables.CHAT_KIND)),
                FormValues.textOrNull(execution.getVariable(InvitationVariables.GROUP_CODE)));
    }

    private static int validDays(Object value) {
        if (FormValues.textOrNull(value) == null) {
            return DEFAULT_DAYS;
        }
        return FormValues.wholeNumber(value, 1, MAX_DAYS).orElseThrow(() -> new Refusal(
                "Срок действия — от 1 до " + MAX_DAYS + " дней (обычно " + DEFAULT_DAYS + ")."));
    }
}
