package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.ChatRulesVersion;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Отправить новые правила участнику»: one job per letter, so that a refused letter is retried alone; a member who
 * left the chat meanwhile gets nothing. The letter is recorded as sent at once, in a transaction of its own
 * ({@link SentRulesLetters}), so a repeat of the job never sends it again.
 */
@Dependent
@Named("sendNewRules")
public class SendNewRules implements JavaDelegate {

    @Inject
    JpaRulesNotices notices;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    Mailer mailer;

    @Inject
    SentRulesLetters sentLetters;

    @Override
    public void execute(DelegateExecution execution) {
        RulesNotice notice = notices.notice((String) execution.getVariable("noticeId")).orElseThrow();
        ChatRulesVersion rules = notices.rules(notice.rulesId()).orElseThrow();
        Membership membership = chats.membership(notice.collegeId(), notice.membershipId()).orElseThrow();
        // Already sent, left the chat, or newer rules came meanwhile (their own letter brings them): nothing to send.
        if (notice.sentAt() != null || !membership.isActive()
                || ruleBook.current(rules.chatId()).version() != rules.version()) {
            return;
        }
        Person member = roster.person(notice.collegeId(), membership.personId()).orElseThrow();
        Chat chat = chats.chat(notice.collegeId(), rules.chatId()).orElseThrow();
        String token = InvitationTokens.newToken();
        mailer.send(RulesMail.of(notice, member, chat.title(), rules, token));
        sentLetters.record(notice.id(), InvitationTokens.hash(token));
    }
}
