package ru.sferumworkflow.moderation;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.Refusal;

/** The appeal of a restriction by its personal link: what the page shows, and the appeal that reaches the administration. */
@ApplicationScoped
public class AppealService {

    @Inject
    JpaBreaches breaches;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    AuditLog audit;

    @Transactional
    public AppealPage visit(String token) {
        Breach breach = breaches.byAppealHash(InvitationTokens.hash(token)).orElse(null);
        if (breach == null) {
            return AppealPage.of(AppealPage.State.UNKNOWN);
        }
        boolean running = breach.outcome() == BreachOutcome.RESTRICTED && Clock.now().isBefore(breach.restrictedUntil());
        AppealPage.State state = !running ? AppealPage.State.CLOSED
                : breach.appealUpheld() != null ? AppealPage.State.DECIDED
                : breach.appealedAt() != null ? AppealPage.State.APPEALED : AppealPage.State.OPEN;
        return new AppealPage(state, chats.chat(breach.collegeId(), breach.chatId()).map(Chat::title).orElse("?"),
                roster.person(breach.collegeId(), breach.personId()).map(Person::fullName).orElse("?"),
                "п. " + breach.ruleNumber() + ": «" + breach.ruleText() + "»",
                RestrictionMail.until(breach),
                breach.description(), breach.appealUpheld());
    }

    @Transactional
    public void appeal(String token, String text) {
        Breach breach = breaches.byAppealHash(InvitationTokens.hash(token))
                .orElseThrow(() -> new Refusal("Такой ссылки нет: проверьте, что она скопирована из письма целиком."));
        String appeal = text == null ? "" : text.trim();
        if (appeal.isEmpty() || appeal.length() > 2000) {
            throw new Refusal("Напишите, почему вы не согласны с ограничением (до 2000 знаков).");
        }
        if (!breach.appeal(appeal, Clock.now())) {
            throw new Refusal("Обжалование уже подано или срок ограничения закончился.");
        }
        audit.record(breach.collegeId(), null, "RESTRICTION_APPEALED", breach.personId(), "CHAT", breach.chatId(),
                "Ограничение обжаловано по личной ссылке");
        try {
            // The appeal comes from outside: the system moves the instance on, nobody's rights are involved.
            SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                    .createMessageCorrelation(BreachVariables.APPEALED)
                    .processInstanceId(breach.processInstanceId())
                    .setVariables(Map.of(BreachVariables.APPEAL_TEXT, appeal))
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new Refusal("Обжалование сейчас не принимается: ограничение уже снимается. Обратитесь в администрацию "
                    + "Техникума.");
        }
    }
}
