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
import org.camunda.bpm.engine.variable.value.TypedValue;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.platform.EngineLimits;
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
        refuseWhatTheFormCannotKeep(execution);
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
        List<String> table = DistributionTable.parts(lines(proposed, groups));
        proposed.forEach(assignments::persist);
        for (int part = 0; part < table.size(); part++) {
            execution.setVariable(DistributionTable.variable(part), table.get(part));
        }
        audit.record(collegeId, by, "CLASS_TEACHERS_PROPOSED", null, "CLASS_TEACHERS", execution.getProcessInstanceId(),
                "Распределение классного руководства: групп — " + proposed.size() + ", изменений — "
                        + proposed.stream().filter(a -> a.status() == AssignmentStatus.PROPOSED).count());
    }

    /**
     * Entered in the form, the distribution is kept as a process variable: longer than the engine keeps, it failed
     * only as it was saved. A file (POST class-teachers) hands it over only for the start, so it may be longer.
     */
    private static void refuseWhatTheFormCannotKeep(DelegateExecution execution) {
        TypedValue written = execution.getVariableTyped(AppointmentVariables.DISTRIBUTION);
        if (written != null && !written.isTransient() && written.getValue() instanceof String text
                && text.length() > EngineLimits.TEXT_VARIABLE) {
            throw FormErrors.refusal("Распределение длиннее 4 000 знаков (около 110 групп) — столько форма не "
                    + "сохранит: внесите его файлом CSV «Группа;Классный руководитель» (POST "
                    + "/camunda/sferum/api/class-teachers) или двумя частями.");
        }
    }

    /** The lines the director reads: group, new class teacher, the current one. */
    private List<String> lines(List<ClassTeacherAssignment> proposed, List<StudyGroup> groups) {
        List<String> lines = new ArrayList<>();
        for (ClassTeacherAssignment assignment : proposed) {
            StringBuilder line = new StringBuilder();
            String code = groups.stream().filter(group -> group.id().equals(assignment.groupId())).findFirst()
                    .map(StudyGroup::code).orElse("?");
            line.append("- **").append(code).append("** — ").append(name(assignment.collegeId(), assignment.teacherId()));
            if (assignment.status() == AssignmentStatus.UNCHANGED) {
                line.append(" (без изменений)");
            } else if (assignment.previousTeacherId() != null) {
                line.append(" (вместо: ").append(name(assignment.collegeId(), assignment.previousTeacherId())).append(")");
            } else {
                line.append(" (сейчас не назначен)");
            }
            lines.add(line.append('\n').toString());
        }
        return lines;
    }

    private String name(String collegeId, String personId) {
        return roster.person(collegeId, personId).map(Person::fullName).orElse("?");
    }
}
