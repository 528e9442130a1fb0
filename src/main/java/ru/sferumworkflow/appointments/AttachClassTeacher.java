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
 * stays with its subject teacher. The new class teacher's account joins the class teachers' group (the right to
 * invite into the group's chats); the former one leaves it when they lead no other group. A teacher dismissed since the
 * approval is not attached: the task ends without a change.
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
    ClassTeacherGroup classTeachers;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ClassTeacherAssignment assignment = assignments.find(
                (String) execution.getVariable(AppointmentVariables.ASSIGNMENT_ID)).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        Person teacher = roster.person(assignment.collegeId(), assignment.teacherId()).orElseThrow();
        StudyGroup group = roster.group(assignment.collegeId(), assignment.groupId()).orElseThrow();
        if (!teacher.isActive()) {
            // Dismissed since the approval: the task ends without a change, the director distributes again.
            assignment.notAttached(by, Clock.now());
            audit.record(assignment.collegeId(), by, "CLASS_TEACHER_NOT_ATTACHED", teacher.id(), "GROUP", group.id(),
                    "Классный руководитель группы " + group.code() + " не прикреплён: педагог уволен после утверждения");
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(AppointmentVariables.DONE_ON_PLATFORM))) {
            throw FormErrors.refusal("Прикрепите классного руководителя к классу на платформе «Сферум» и отметьте, "
                    + "что это сделано.");
        }
        String former = group.classTeacherId();
        group.assignClassTeacher(teacher.id(), Clock.now());
        int moved = 0;
        for (Chat chat : chats.openChatsOfGroup(assignment.collegeId(), group.id())) {
            if (chat.kind() != ChatKind.SUBJECT && (chat.moderatorId() == null || chat.moderatorId().equals(former))) {
                chat.moderatedBy(teacher.id());
                moved++;
            }
        }
        assignment.attached(by, Clock.now());
        classTeachers.update(execution.getProcessEngine(), teacher, former);
        audit.record(assignment.collegeId(), by, "CLASS_TEACHER_ATTACHED", teacher.id(), "GROUP", group.id(),
                "Классный руководитель группы " + group.code() + " прикреплён на платформе; чатов группы передано "
                        + "новому модератору: " + moved);
    }
}
