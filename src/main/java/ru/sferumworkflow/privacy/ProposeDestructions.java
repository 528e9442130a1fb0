package ru.sferumworkflow.privacy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.MovementKind;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;

/**
 * The daily sweep's step: for each college, every person whose data has served its purpose gets one
 * «Уничтожение персональных данных» (a postponed one comes back when its time is up); and acts past their three
 * years are cleaned.
 */
@Dependent
@Named("proposeDestructions")
public class ProposeDestructions implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(ProposeDestructions.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    DestructionCandidates candidates;

    @Inject
    JpaDestructions destructions;

    @Inject
    JpaRoster roster;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        OffsetDateTime now = Clock.now();
        Map<PersonRole, Integer> days = RetentionDays.parse(Settings.PERSONAL_DATA_DAYS.get());
        ProcessEngineServices engine = execution.getProcessEngineServices();
        int cleaned = destructions.cleanActsKeptUntil(now);
        if (cleaned > 0) {
            LOG.info("Очищено актов об уничтожении персональных данных, хранившихся три года: " + cleaned);
        }
        for (Tenant college : engine.getIdentityService().createTenantQuery().list()) {
            for (DestructionCandidates.Candidate candidate : candidates.of(college.getId(), now, days)) {
                Person person = roster.person(college.getId(), candidate.personId()).orElseThrow();
                String reason = candidate.kind() == MovementKind.CONSENT_WITHDRAWAL
                        ? "Согласие на обработку персональных данных отозвано " + DAY.format(candidate.orderDate())
                                + " (" + candidate.orderNumber() + "); уничтожение было отложено, срок пересмотра настал"
                        : candidate.kind().title() + ", приказ № " + candidate.orderNumber() + " от "
                        + DAY.format(candidate.orderDate()) + (person.role() == PersonRole.PARENT ? " (последнего из детей)"
                        : "") + "; цель обработки достигнута, срок хранения " + days.get(person.role()) + " дн. истёк";
                Destruction destruction = destructions.ofPerson(person.id()).orElse(null);
                if (destruction == null) {
                    destruction = new Destruction(college.getId(), person.id(), reason, now);
                    destructions.add(destruction);
                } else {
                    destruction.propose(reason, now);
                }
                ProcessInstance started = engine.getRuntimeService().startProcessInstanceByKey(
                        PrivacyVariables.DESTRUCTION_PROCESS, "pd:" + person.id(), Map.of(
                                CollegeTenantIdProvider.COLLEGE_VARIABLE, college.getId(),
                                PrivacyVariables.PERSON_ID, person.id(),
                                PrivacyVariables.DESTRUCTION_ID, destruction.id(),
                                PrivacyVariables.SUBJECT, SubjectSummary.of(person, roster),
                                PrivacyVariables.REASON, reason));
                destruction.runBy(started.getId());
                audit.record(college.getId(), null, "PD_DESTRUCTION_PROPOSED", person.id(), "PERSON", person.id(),
                        "Предложено уничтожить персональные данные: " + reason);
            }
        }
    }

}
