package ru.sferumworkflow.channels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * A publication's title, text and date as a form sends them, checked (PublicationCheck); and what the forms show of
 * a publication. Shared by the request and its revision.
 */
final class PublicationText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    record Written(String title, String body, LocalDate wishedDate) {
    }

    private PublicationText() {
    }

    /** The form's values, or a refusal naming every problem (nothing is saved). */
    static Written read(DelegateExecution execution) {
        String title = FormValues.textOrNull(execution.getVariable(ChannelVariables.TITLE));
        String body = FormValues.textOrNull(execution.getVariable(ChannelVariables.BODY));
        LocalDate date = FormValues.date(execution.getVariable(ChannelVariables.WISHED_DATE));
        List<String> problems = PublicationCheck.problems(title, body, date, Clock.today(), collegeMailDomain());
        if (!problems.isEmpty()) {
            throw FormErrors.refusal(problems);
        }
        return new Written(title, body, date);
    }

    /** The variables the administrator's and the author's forms show. */
    static void show(DelegateExecution execution, Publication publication, String files) {
        execution.setVariable(ChannelVariables.CHANNEL_TITLE, publication.channel().title());
        execution.setVariable(ChannelVariables.WISHED_DATE_TEXT, DATE.format(publication.wishedDate()));
        execution.setVariable(ChannelVariables.FILES, files);
    }

    static String collegeMailDomain() {
        String from = Settings.MAIL_FROM.get();
        return from.substring(from.indexOf('@') + 1);
    }
}
