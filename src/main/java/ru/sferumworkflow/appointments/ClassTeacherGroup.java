package ru.sferumworkflow.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * The group «Классные руководители» follows the roster: whoever leads a group is in it (through their linked
 * account), and leaves it when they lead none. A step of the application, not a right of the user who attaches.
 */
@Dependent
public class ClassTeacherGroup {

    @Inject
    JpaRoster roster;

    void update(ProcessEngine engine, Person newTeacher, String formerTeacherId) {
        IdentityService identity = engine.getIdentityService();
        String group = WorkflowGroup.CLASS_TEACHERS.id();
        SystemCall.run(engine, () -> {
            if (newTeacher.userId() != null && !isMember(identity, newTeacher.userId(), group)) {
                identity.createMembership(newTeacher.userId(), group);
            }
            Person former = formerTeacherId == null || formerTeacherId.equals(newTeacher.id()) ? null
                    : roster.person(newTeacher.collegeId(), formerTeacherId).orElse(null);
            boolean leadsAnother = former != null && roster.groups(former.collegeId()).stream()
                    .anyMatch(other -> other.active() && former.id().equals(other.classTeacherId()));
            if (former != null && former.userId() != null && !leadsAnother && isMember(identity, former.userId(), group)) {
                identity.deleteMembership(former.userId(), group);
            }
            return null;
        });
    }

    private static boolean isMember(IdentityService identity, String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }
}
