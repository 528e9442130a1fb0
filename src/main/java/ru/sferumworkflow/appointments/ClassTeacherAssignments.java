package ru.sferumworkflow.appointments;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The groups of an approved distribution whose class teacher changes: one task «Прикрепить…» each. */
@Dependent
@Named("classTeacherAssignments")
public class ClassTeacherAssignments {

    @Inject
    JpaAssignments assignments;

    public List<String> toAttach(DelegateExecution execution) {
        return assignments.ofProcess(execution.getProcessInstanceId()).stream()
                .filter(assignment -> assignment.status() == AssignmentStatus.APPROVED)
                .map(ClassTeacherAssignment::id).toList();
    }
}
