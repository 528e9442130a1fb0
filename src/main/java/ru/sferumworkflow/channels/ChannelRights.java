package ru.sferumworkflow.channels;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.validation.FormErrors;

/**
 * Who brings material to which channel (seed §20.2): the administration (and the director, the administrators) to
 * both system channels; teachers and class teachers to «Общешкольный канал» only.
 */
final class ChannelRights {

    private ChannelRights() {
    }

    static void requireMayPost(ProcessEngineServices engine, SystemChannel channel) {
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean management = groups.contains(WorkflowGroup.DIRECTOR.id()) || groups.contains(WorkflowGroup.ADMINISTRATION.id())
                || groups.contains(WorkflowGroup.ADMINISTRATORS.id());
        boolean teacher = groups.contains(WorkflowGroup.TEACHERS.id()) || groups.contains(WorkflowGroup.CLASS_TEACHERS.id());
        if (!management && !(teacher && channel == SystemChannel.COLLEGE)) {
            throw FormErrors.refusal("В канал «" + channel.title() + "» материал приносит администрация Техникума; "
                    + "педагоги — только в «" + SystemChannel.COLLEGE.title() + "».");
        }
    }
}
