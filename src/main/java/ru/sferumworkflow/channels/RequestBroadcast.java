package ru.sferumworkflow.channels;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
 * The start of «Трансляция»: the topic, when, for whom (students and parents of named groups, staff), and the host —
 * a working employee. Everything is checked before anything is saved.
 */
@Dependent
@Named("requestBroadcast")
public class RequestBroadcast implements ExecutionListener {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    JpaBroadcasts broadcasts;

    @Inject
    JpaRoster roster;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        String college = execution.getTenantId();
        List<String> problems = new ArrayList<>();
        String topic = FormValues.textOrNull(execution.getVariable(ChannelVariables.TOPIC));
        if (topic == null || topic.length() > 300) {
            problems.add("Тема — от 1 до 300 знаков.");
        }
        OffsetDateTime startsAt = startsAt(execution, problems);
        List<Audience> audience = new ArrayList<>();
        if (Boolean.TRUE.equals(execution.getVariable(ChannelVariables.FOR_STUDENTS))) {
            audience.add(Audience.STUDENTS);
        }
        if (Boolean.TRUE.equals(execution.getVariable(ChannelVariables.FOR_PARENTS))) {
            audience.add(Audience.PARENTS);
        }
        if (Boolean.TRUE.equals(execution.getVariable(ChannelVariables.FOR_STAFF))) {
            audience.add(Audience.STAFF);
        }
        if (audience.isEmpty()) {
            problems.add("Отметьте, для кого трансляция: обучающиеся, родители, сотрудники.");
        }
        List<String> groupCodes = groupCodes(execution, college, audience, problems);
        JpaRoster.StaffChoice host = roster.chooseStaff(college,
                FormValues.textOrNull(execution.getVariable(ChannelVariables.HOST)), true);
        if (host.person() == null) {
            problems.add("Ведущий: " + host.problem());
        }
        if (!problems.isEmpty()) {
            throw FormErrors.refusal(problems);
        }
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse("?");
        Person hostPerson = host.person();
        Broadcast broadcast = new Broadcast(college, execution.getProcessInstanceId(), topic, audience, groupCodes,
                startsAt, hostPerson.id(), by, Clock.now());
        broadcasts.persist(broadcast);
        execution.setVariable(ChannelVariables.HOST_USER, hostPerson.userId());
        execution.setVariable(ChannelVariables.BROADCAST_TEXT, "«" + topic + "», " + WHEN.format(startsAt) + "; для: "
                + audience.stream().map(Audience::title).collect(Collectors.joining(", "))
                + (groupCodes.isEmpty() ? "" : " (" + String.join(", ", groupCodes) + ")") + "; ведущий — "
                + hostPerson.fullName());
        execution.setVariable(ChannelVariables.ANNOUNCE_CHANNEL, audience.equals(List.of(Audience.STAFF))
                ? SystemChannel.STAFF.title() : SystemChannel.COLLEGE.title());
        audit.record(college, by, "BROADCAST_REQUESTED", hostPerson.id(), "BROADCAST", broadcast.id(),
                "Заявка на трансляцию на " + WHEN.format(startsAt));
    }

    private static OffsetDateTime startsAt(DelegateExecution execution, List<String> problems) {
        LocalDate day = FormValues.date(execution.getVariable(ChannelVariables.STARTS_ON));
        LocalTime time;
        try {
            String written = FormValues.text(execution.getVariable(ChannelVariables.STARTS_TIME)).replace('.', ':');
            time = LocalTime.parse(written.length() == 4 ? "0" + written : written);
        } catch (DateTimeParseException e) {
            time = null;
        }
        if (day == null || time == null) {
            problems.add("Когда: дата и время начала, например 10.12.2026 и 15:00.");
            return null;
        }
        OffsetDateTime at = day.atTime(time).atZone(Clock.COLLEGE_ZONE).toOffsetDateTime();
        if (!at.isAfter(Clock.now())) {
            problems.add("Начало трансляции — в будущем.");
        }
        return at;
    }

    private List<String> groupCodes(DelegateExecution execution, String college, List<Audience> audience,
            List<String> problems) {
        List<String> written = Arrays.stream(FormValues.text(execution.getVariable(ChannelVariables.GROUP_CODES))
                        .split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
        boolean needsGroups = audience.contains(Audience.STUDENTS) || audience.contains(Audience.PARENTS);
        if (needsGroups && written.isEmpty()) {
            problems.add("Для обучающихся и родителей укажите коды групп через запятую, например ИС-21, СВ-11.");
        }
        List<StudyGroup> groups = roster.groups(college);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String code = written.get(i);
            int number = i + 1;
            groups.stream().filter(StudyGroup::active).filter(group -> group.code().equalsIgnoreCase(code)).findFirst()
                    .ifPresentOrElse(group -> codes.add(group.code()),
                            () -> problems.add("Код группы № " + number + " в списке — не код действующей группы."));
        }
        return needsGroups ? codes : List.of();
    }
}
