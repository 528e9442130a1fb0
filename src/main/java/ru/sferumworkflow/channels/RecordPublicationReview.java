package ru.sferumworkflow.channels;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;

/** The end of «Проверить материал для канала»: to be published on its date, or returned with a comment. */
@Dependent
@Named("recordPublicationReview")
public class RecordPublicationReview implements ExecutionListener {

    @Inject
    JpaPublications publications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = FormDecision.choice(execution.getVariable(ChannelVariables.REVIEW_DECISION), "publish",
                "return", "Выберите: опубликовать или вернуть на доработку.");
        String comment = FormDecision.note(execution.getVariable(ChannelVariables.REVIEW_COMMENT), !approved,
                "Напишите автору, что исправить.");
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        Publication publication = publications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        publication.reviewed(approved, by, comment);
        execution.setVariable(ChannelVariables.APPROVED, approved);
        // The author's form starts without the last revision's answer.
        execution.removeVariable(ChannelVariables.REVISION);
        audit.record(publication.collegeId(), by, approved ? "PUBLICATION_APPROVED" : "PUBLICATION_RETURNED", null,
                "PUBLICATION", publication.id(), approved ? "Материал проверен, публикация по дате"
                        : "Материал возвращён на доработку: " + comment);
    }
}
