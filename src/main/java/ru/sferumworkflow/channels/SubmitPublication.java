package ru.sferumworkflow.channels;

import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.platform.UserNames;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The start of «Публикация в системном канале»: who may bring material to that channel, and what it may carry. A
 * refused request starts nothing.
 */
@Dependent
@Named("submitPublication")
public class SubmitPublication implements ExecutionListener {

    @Inject
    JpaPublications publications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        SystemChannel channel = SystemChannel.parse(FormValues.textOrNull(execution.getVariable(ChannelVariables.CHANNEL)))
                .orElseThrow(() -> FormErrors.refusal("Выберите канал: «Общешкольный канал» или «Сотрудники»."));
        ChannelRights.requireMayPost(execution.getProcessEngineServices(), channel);
        PublicationText.Written written = PublicationText.read(execution);
        String author = CurrentUser.id(execution.getProcessEngineServices()).orElse("?");
        Publication publication = new Publication(execution.getTenantId(), channel, written.title(), written.body(),
                written.wishedDate(), author, Clock.now());
        publication.startedAs(execution.getProcessInstanceId());
        publications.persist(publication);
        execution.setVariable(ChannelVariables.PUBLICATION_ID, publication.id());
        execution.setVariable(ChannelVariables.AUTHOR, author);
        execution.setVariable(ChannelVariables.AUTHOR_NAME, UserNames.fullName(execution.getProcessEngineServices(), author));
        PublicationText.show(execution, publication, "нет");
        audit.record(publication.collegeId(), author, "PUBLICATION_SUBMITTED", null, "PUBLICATION", publication.id(),
                "Материал для канала «" + channel.title() + "» на " + PublicationText.DATE.format(written.wishedDate()));
    }

    /** The files' list for the forms: names with links to download them. */
    static String filesList(JpaPublications publications, Publication publication) {
        var files = publications.files(publication.id());
        return files.isEmpty() ? "нет" : files.stream()
                .map(file -> "- [" + file.fileName() + "](/camunda/sferum/api/publications/" + publication.id()
                        + "/files/" + file.id() + ")")
                .collect(Collectors.joining("\n"));
    }
}
