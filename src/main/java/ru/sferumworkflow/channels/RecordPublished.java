package ru.sferumworkflow.channels;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;

/** The end of «Опубликовать в канале»: published on the platform, at this moment, by this administrator. */
@Dependent
@Named("recordPublished")
public class RecordPublished implements ExecutionListener {

    @Inject
    JpaPublications publications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(ChannelVariables.PUBLISHED))) {
            throw FormErrors.refusal("Опубликуйте материал в канале на платформе «Сферум» и отметьте, что это сделано.");
        }
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        Publication publication = publications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        publication.published(by, Clock.now());
        audit.record(publication.collegeId(), by, "PUBLICATION_PUBLISHED", null, "PUBLICATION", publication.id(),
                "Опубликовано в канале «" + publication.channel().title() + "»");
    }
}
