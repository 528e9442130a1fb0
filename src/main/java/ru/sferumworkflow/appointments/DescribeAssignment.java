package ru.sferumworkflow.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.StudyGroup;

/**
 * The start of one group's «Прикрепить классного руководителя»: the group and the teachers for the form, and the
 * form's tick emptied locally, so that one group's tick never counts for another.
 */
@Dependent
@Named("describeAssignment")
public class DescribeAssignment implements ExecutionListener {

    @Inject
    JpaAssignments assignments;

    @Inject
    JpaRoster roster;

    @Override
    public void notify(DelegateExecution execution) {
        ClassTeacherAssignment assignment = assignments.find(
                (String) execution.getVariable(AppointmentVariables.ASSIGNMENT_ID)).orElseThrow();
        String college = assignment.collegeId();
        execution.setVariableLocal(AppointmentVariables.GROUP_CODE,
                roster.group(college, assignment.groupId()).map(StudyGroup::code).orElse("?"));
        execution.setVariableLocal(AppointmentVariables.TEACHER_NAME,
                roster.person(college, assignment.teacherId()).map(Person::fullName).orElse("?"));
        execution.setVariableLocal(AppointmentVariables.PREVIOUS_TEACHER, assignment.previousTeacherId() == null ? "—"
                : roster.person(college, assignment.previousTeacherId()).map(Person::fullName).orElse("?"));
        execution.setVariableLocal(AppointmentVariables.DONE_ON_PLATFORM, null);
    }
}
