package ru.sferumworkflow.moderation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.ChatRulesVersion;
import ru.sferumworkflow.chats.MemberJoined;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.Refusal;

/**
 * The letters about a chat's new rules: written as rows, sent by «Новые правила чата» one job per letter. They go to
 * the members when the rules change, and to someone who joins having accepted an older version on the join page.
 */
@ApplicationScoped
@Named("rulesLetters")
public class RulesLetters {

    static final String PROCESS = "chatRulesChanged";
    static final String NOTICE_IDS = "noticeIds";

    @Inject
    JpaRulesNotices notices;

    @Inject
    JpaRoster roster;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** Writes a letter for each of these members who has an e-mail and starts sending; how many there are. */
    public int send(ChatRulesVersion rules, String collegeId, List<Membership> members) {
        List<String> ids = members.stream()
                .filter(membership -> roster.person(collegeId, membership.personId()).map(Person::email).isPresent())
                .map(membership -> {
                    RulesNotice notice = new RulesNotice(collegeId, rules.id(), membership.id());
                    notices.persist(notice);
                    return notice.id();
                })
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            // The system sends them, in the same transaction as what caused them.
            SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                    .createProcessInstanceByKey(PROCESS).processDefinitionWithoutTenantId()
                    .businessKey(rules.id())
                    .setVariables(startVariables(ids, collegeId))
                    .execute());
        } catch (SuspendedEntityInteractionException e) {
            throw new Refusal("Процесс «Новые правила чата» приостановлен в Cockpit, поэтому ничего не сохранено. "
                    + "Попросите системного администратора возобновить его.");
        }
        return ids.size();
    }

    /** Someone who accepted an older version on the join page, while the rules changed, gets the current one. */
    void onJoin(@Observes MemberJoined joined) {
        Membership membership = joined.membership();
        Integer accepted = joined.acceptedRulesVersion();
        if (accepted == null) {
            return;
        }
        ruleBook.latest(membership.chatId()).filter(latest -> latest.version() > accepted)
                .ifPresent(latest -> send(latest, membership.collegeId(), List.of(membership)));
    }

    /**
     * The letters' ids are handed to the instance only while it starts (a transient variable): the model takes them as
     * its collection there, and each letter's job keeps its own id. Stored, the list was one text of 37 characters a
     * letter, and the engine stores no text longer than 4,000: new rules for a chat of more than 108 members failed
     * with a server error (ClusterIT, 300 members).
     */
    static VariableMap startVariables(List<String> noticeIds, String collegeId) {
        return Variables.createVariables().putValueTyped(NOTICE_IDS, Variables.objectValue(noticeIds, true).create())
                .putValue(CollegeTenantIdProvider.COLLEGE_VARIABLE, collegeId);
    }

    /** The model's collection: the letters of this instance, as it starts. */
    @SuppressWarnings("unchecked")
    public List<String> of(DelegateExecution execution) {
        return (List<String>) execution.getVariable(NOTICE_IDS);
    }
}
