package ru.sferumworkflow.moderation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.validation.Refusal;

/**
 * A member's complaint by their personal link: the page shows the chat's rules; the complaint starts «Нарушение
 * правил чата» as the system on the member's behalf, with the same checks as the Tasklist form, and goes to the
 * moderator to confirm or refuse.
 */
@ApplicationScoped
public class ComplaintService {

    /** More than this many complaints by one member a day is not a complaint but a flood. */
    static final int DAILY_LIMIT = 5;

    @Inject
    JpaMemberLinks links;

    @Inject
    JpaChats chats;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** What the page shows; {@code state}: OPEN, or CLOSED (no longer in the chat), or UNKNOWN. */
    public record Page(State state, String chatTitle, int rulesVersion, List<String> rules) {

        public enum State { OPEN, CLOSED, UNKNOWN }
    }

    /** What the member tells: whom, which rule, what happened, the evidence. */
    public record Complaint(String memberName, String ruleNumber, String description, String evidence) {
    }

    @Transactional
    public Page visit(String token) {
        Membership membership = membership(token);
        if (membership == null) {
            return new Page(Page.State.UNKNOWN, null, 0, List.of());
        }
        Chat chat = chats.chat(membership.collegeId(), membership.chatId()).orElseThrow();
        ChatRuleBook.Rules rules = ruleBook.current(chat.id());
        return new Page(membership.isActive() ? Page.State.OPEN : Page.State.CLOSED, chat.title(), rules.version(),
                rules.rules());
    }

    @Transactional
    public void file(String token, Complaint complaint) {
        Membership membership = membership(token);
        if (membership == null || !membership.isActive()) {
            throw new Refusal(membership == null ? "Такой ссылки нет." : "Вы больше не участник этого чата.");
        }
        if (links.complaintsSince(RecordBreach.MEMBER_PREFIX + membership.personId(), Clock.now().minusDays(1))
                >= DAILY_LIMIT) {
            throw new Refusal("За сутки можно подать не больше " + DAILY_LIMIT + " жалоб: напишите модератору в чате.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(BreachVariables.COMPLAINANT_MEMBERSHIP, membership.id());
        variables.put(BreachVariables.MEMBER_NAME, complaint.memberName());
        variables.put(BreachVariables.RULE_NUMBER, complaint.ruleNumber());
        variables.put(BreachVariables.RULES_VERSION, String.valueOf(ruleBook.current(membership.chatId()).version()));
        variables.put(BreachVariables.DESCRIPTION, complaint.description());
        variables.put(BreachVariables.EVIDENCE, complaint.evidence());
        variables.put(CollegeTenantIdProvider.COLLEGE_VARIABLE, membership.collegeId());
        variables.values().removeIf(value -> value == null);
        try {
            SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                    .createProcessInstanceByKey(BreachVariables.PROCESS).processDefinitionWithoutTenantId()
                    .setVariables(variables).execute());
        } catch (FormFieldValidationException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private Membership membership(String token) {
        if (!InvitationTokens.looksLikeToken(token)) {
            return null;
        }
        return links.byTokenHash(InvitationTokens.hash(token))
                .flatMap(link -> chats.membership(link.collegeId(), link.membershipId())).orElse(null);
    }
}
