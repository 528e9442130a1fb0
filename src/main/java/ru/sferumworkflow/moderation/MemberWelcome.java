package ru.sferumworkflow.moderation;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ru.sferumworkflow.chats.MemberJoined;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * Someone has joined a chat through an invitation: they get a letter with the chat's rules and a personal link to
 * complain to the moderator when a member breaks them — students and parents have no other form to do so.
 */
@ApplicationScoped
public class MemberWelcome {

    static final String PROCESS = "chatMemberWelcome";

    @Inject
    JpaMemberLinks links;

    @Inject
    JpaRoster roster;

    @Inject
    ProcessEngineBootstrap bootstrap;

    void onJoin(@Observes MemberJoined joined) {
        Membership membership = joined.membership();
        boolean reachable = roster.person(membership.collegeId(), membership.personId()).map(Person::email).isPresent();
        if (!reachable || links.exists(membership.id())) {
            return;
        }
        MemberLink link = new MemberLink(membership.collegeId(), membership.id());
        links.persist(link);
        SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                .createProcessInstanceByKey(PROCESS).processDefinitionWithoutTenantId()
                .businessKey(link.id())
                .setVariables(Map.of(CollegeTenantIdProvider.COLLEGE_VARIABLE, membership.collegeId()))
                .execute());
    }
}
