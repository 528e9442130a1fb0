package ru.sferumworkflow.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.StudyGroup;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of «Прикрепить классного руководителя»: attached on the platform, so the roster names the new class
 * teacher and the group's chats that the former one moderated (or nobody did) pass to the new one. A subject's chat
 * stays with its subject teacher.
 */
@Dependent
@Named("attachClassTeacher")
public class AttachClassTeacher implements ExecutionListener {

    @Inject
    JpaAssignments assignments;

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.parseBoolean(String.valueOf(execution.getVariable(AppointmentVariables.DONE_ON_PLATFORM)))) {
            throw FormErrors.refusal("Прикрепите классного руководителя к классу на платформе «Сферум» и отметьте, "
                    + "что это сделано.");
        }
        ClassTeacherAssignment assignment = assignments.find(
                (String) execution.getVariable(AppointmentVariables.ASSIGNMENT_ID)).orElseThrow();
        if (roster.person(assignment.collegeId(), assignment.teacherId()).filter(Person::isActive).isEmpty()) {
            throw FormErrors.refusal("Этот педагог уволен после утверждения распределения: не прикрепляйте его; "
                    + "директор утвердит новое распределение для этой группы.");
        }
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        StudyGroup group = roster.group(assignment.collegeId(), assignment.groupId()).orElseThrow();
        String former = group.classTeacherId();
        group.assignClassTeacher(assignment.teacherId(), Clock.now());
        int moved = 0;
        for (Chat chat : chats.openChatsOfGroup(assignment.collegeId(), group.id())) {
            if (chat.kind() != ChatKind.SUBJECT && (chat.moderatorId() == null || chat.moderatorId().equals(former))) {
                chat.moderatedBy(assignment.teacherId());
                moved++;
            }
        }
        assignment.attached(by, Clock.now());
        audit.record(assignment.collegeId(), by, "CLASS_TEACHER_ATTACHED", assignment.teacherId(), "GROUP", group.id(),
                "Классный руководитель группы " + group.code() + " прикреплён на платформе; чатов группы передано "
                        + "новому модератору: " + moved);
    }
}
