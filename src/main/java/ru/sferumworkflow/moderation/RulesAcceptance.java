package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.ChatRulesVersion;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.validation.Refusal;

/** The page of a letter about new rules: what it shows, and the member's acceptance, which their membership keeps. */
@ApplicationScoped
public class RulesAcceptance {

    @Inject
    JpaRulesNotices notices;

    @Inject
    JpaChats chats;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    AuditLog audit;

    /** What the page shows; {@code state}: OPEN, ACCEPTED, OUTDATED (newer rules came since), UNKNOWN. */
    public record Page(State state, String chatTitle, int version, java.util.List<String> rules) {

        public enum State { OPEN, ACCEPTED, OUTDATED, UNKNOWN }
    }

    @Transactional
    public Page visit(String token) {
        RulesNotice notice = find(token);
        if (notice == null) {
            return new Page(Page.State.UNKNOWN, null, 0, java.util.List.of());
        }
        ChatRulesVersion rules = notices.rules(notice.rulesId()).orElseThrow();
        Membership membership = chats.membership(notice.collegeId(), notice.membershipId()).orElseThrow();
        Chat chat = chats.chat(notice.collegeId(), rules.chatId()).orElseThrow();
        Page.State state = notice.acceptedAt() != null ? Page.State.ACCEPTED
                : !membership.isActive() || ruleBook.current(chat.id()).version() != rules.version() ? Page.State.OUTDATED
                        : Page.State.OPEN;
        return new Page(state, chat.title(), rules.version(), rules.rules());
    }

    @Transactional
    public void accept(String token, boolean accepted) {
        RulesNotice notice = find(token);
        if (notice == null) {
            throw new Refusal("Такой ссылки нет: проверьте, что она скопирована из письма целиком.");
        }
        Page page = visit(token);
        if (page.state() != Page.State.OPEN) {
            throw new Refusal(page.state() == Page.State.ACCEPTED ? "Эти правила вы уже приняли."
                    : "Правила с тех пор снова изменились (или вы больше не в чате): ссылка на новые придёт письмом.");
        }
        if (!accepted) {
            throw new Refusal("Отметьте, что прочитали правила и будете их соблюдать.");
        }
        Membership membership = chats.membership(notice.collegeId(), notice.membershipId()).orElseThrow();
        notice.accepted(Clock.now());
        membership.rulesAccepted(page.version());
        audit.record(notice.collegeId(), null, "CHAT_RULES_ACCEPTED", membership.personId(), "CHAT",
                membership.chatId(), "Приняты правила общения, версия " + page.version());
    }

    private RulesNotice find(String token) {
        if (!InvitationTokens.looksLikeToken(token)) {
            return null;
        }
        return notices.byTokenHash(InvitationTokens.hash(token)).orElse(null);
    }
}
