package ru.sferumworkflow.platform.rest;

import java.util.Set;

import jakarta.ws.rs.core.Application;

import ru.sferumworkflow.appointments.ClassTeachersResource;
import ru.sferumworkflow.audit.AuditResource;
import ru.sferumworkflow.channels.BroadcastsResource;
import ru.sferumworkflow.channels.PublicationsResource;
import ru.sferumworkflow.chats.ChatsResource;
import ru.sferumworkflow.invitation.InvitationsResource;
import ru.sferumworkflow.moderation.ChatRulesResource;
import ru.sferumworkflow.onboarding.AppointmentOrdersResource;
import ru.sferumworkflow.onboarding.CollegeResource;
import ru.sferumworkflow.privacy.ConsentsResource;
import ru.sferumworkflow.privacy.DestructionsResource;
import ru.sferumworkflow.reports.ReportsResource;
import ru.sferumworkflow.roster.ImportsResource;
import ru.sferumworkflow.roster.RosterResource;

/**
 * The application's own REST API under /camunda/sferum/api, behind the same login as Tasklist
 * (served by {@link RestServletRegistration}). The resources are listed explicitly: the WAR also carries
 * Camunda's resource classes, which belong to Camunda's own REST applications only.
 */
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AppointmentOrdersResource.class, CollegeResource.class, RosterResource.class,
                ImportsResource.class, ChatsResource.class, ChatRulesResource.class, InvitationsResource.class,
                ClassTeachersResource.class, PublicationsResource.class, BroadcastsResource.class, AuditResource.class,
                ReportsResource.class, DestructionsResource.class, ConsentsResource.class,
                ApiErrors.class, RefusalMapper.class, ConflictMapper.Engine.class, ConflictMapper.Rows.class,
                ConflictMapper.Commit.class, UnexpectedErrorMapper.class, JsonBodyReader.class);
    }
}
