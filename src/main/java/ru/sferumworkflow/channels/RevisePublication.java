package ru.sferumworkflow.channels;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;

/** The end of «Доработать материал»: sent again (checked as at the start) or withdrawn. */
@Dependent
@Named("revisePublication")
public class RevisePublication implements ExecutionListener {

    @Inject
    JpaPublications publications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean resubmit = FormDecision.choice(execution.getVariable(ChannelVariables.REVISION), "resubmit", "withdraw",
                "Выберите: отправить исправленный материал или отозвать его.");
        Publication publication = publications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        if (resubmit) {
            PublicationText.Written written = PublicationText.read(execution);
            publication.revised(written.title(), written.body(), written.wishedDate(), Clock.now());
            PublicationText.show(execution, publication, SubmitPublication.filesList(publications, publication));
        } else {
            publication.withdrawn();
        }
        execution.setVariable(ChannelVariables.RESUBMITTED, resubmit);
        // The next check starts without the last one's answer.
        execution.removeVariable(ChannelVariables.REVIEW_DECISION);
        execution.removeVariable(ChannelVariables.REVIEW_COMMENT);
        audit.record(publication.collegeId(), by, resubmit ? "PUBLICATION_RESUBMITTED" : "PUBLICATION_WITHDRAWN", null,
                "PUBLICATION", publication.id(), resubmit ? "Материал исправлен и отправлен снова" : "Материал отозван");
    }
}
