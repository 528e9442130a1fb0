package ru.sferumworkflow.appointments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.StudyGroup;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The start of «Распределение классного руководства»: every line names an active group once and a working
 * pedagogical employee; a single wrong line refuses the whole, saying which lines to fix, and nothing is kept.
 * The director then reads the distribution as a list, the current class teacher beside the new one.
 */
@Dependent
@Named("proposeDistribution")
public class ProposeDistribution implements ExecutionListener {

    @Inject
    JpaRoster roster;

    @Inject
    JpaAssignments assignments;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        String collegeId = execution.getTenantId();
        List<String> problems = new ArrayList<>();
        List<DistributionText.Line> lines = DistributionText.parse(
                FormValues.textOrNull(execution.getVariable(AppointmentVariables.DISTRIBUTION)), problems);
        List<StudyGroup> groups = roster.groups(collegeId);
        Set<String> seen = new HashSet<>();
        List<ClassTeacherAssignment> proposed = new ArrayList<>();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        for (DistributionText.Line line : lines) {
            Optional<StudyGroup> group = groups.stream().filter(StudyGroup::active)
                    .filter(found -> found.code().equalsIgnoreCase(line.groupCode())).findFirst();
            if (group.isEmpty()) {
                problems.add("Строка " + line.number() + ": такой действующей группы нет в списках — в первом столбце "
                        + "нужен код группы, например ИС-21.");
                continue;
            }
            if (!seen.add(group.get().code().toUpperCase(Locale.ROOT))) {
                problems.add("Строка " + line.number() + ": группа «" + group.get().code() + "» уже была выше — "
                        + "у группы один классный руководитель.");
                continue;
            }
            JpaRoster.StaffChoice choice = roster.chooseStaff(collegeId, line.teacher(), true);
            if (choice.person() == null) {
                problems.add("Строка " + line.number() + ": " + choice.problem());
                continue;
            }
            Person teacher = choice.person();
            if (!Boolean.TRUE.equals(teacher.pedagogical())) {
                problems.add("Строка " + line.number() + ": классный руководитель — педагогический работник, а у этого "
                        + "сотрудника должность не педагогическая.");
                continue;
            }
            proposed.add(new ClassTeacherAssignment(collegeId, execution.getProcessInstanceId(), line.number(),
                    group.get().id(), teacher.id(), group.get().classTeacherId(), by, Clock.now()));
        }
        if (!problems.isEmpty()) {
            throw FormErrors.refusal(problems);
        }
        proposed.forEach(assignments::persist);
        execution.setVariable(AppointmentVariables.DISTRIBUTION_TABLE, table(proposed, groups));
        audit.record(collegeId, by, "CLASS_TEACHERS_PROPOSED", null, "CLASS_TEACHERS", execution.getProcessInstanceId(),
                "Распределение классного руководства: групп — " + proposed.size() + ", изменений — "
                        + proposed.stream().filter(a -> a.status() == AssignmentStatus.PROPOSED).count());
    }

    /** The list the director reads: group, new class teacher, the current one. */
    private String table(List<ClassTeacherAssignment> proposed, List<StudyGroup> groups) {
        StringBuilder table = new StringBuilder();
        for (ClassTeacherAssignment assignment : proposed) {
            String code = groups.stream().filter(group -> group.id().equals(assignment.groupId())).findFirst()
                    .map(StudyGroup::code).orElse("?");
            table.append("- **").append(code).append("** — ").append(name(assignment.collegeId(), assignment.teacherId()));
            if (assignment.status() == AssignmentStatus.UNCHANGED) {
                table.append(" (без изменений)");
            } else if (assignment.previousTeacherId() != null) {
                table.append(" (вместо: ").append(name(assignment.collegeId(), assignment.previousTeacherId())).append(")");
            } else {
                table.append(" (сейчас не назначен)");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private String name(String collegeId, String personId) {
        return roster.person(collegeId, personId).map(Person::fullName).orElse("?");
    }
}
