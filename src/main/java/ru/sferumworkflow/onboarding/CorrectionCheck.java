package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * «Исправить заявку и отправить снова» completed: the administrator must say what was corrected; the note goes
 * into the new request. The previous answer is cleared so that the next one is entered afresh.
 */
@Dependent
@Named("correctionCheck")
public class CorrectionCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String note = FormValues.text(execution.getVariable(RegistrationVariables.COVER_NOTE));
        if (note.isEmpty() || note.length() > 2000) {
            throw FormErrors.refusal("Напишите, что исправлено в заявке (до 2000 знаков): этот текст уйдёт в "
                    + "платформу вместе с новой заявкой.");
        }
        execution.setVariable(RegistrationVariables.COVER_NOTE, note);
        for (String answered : new String[] {RegistrationVariables.ANSWER, RegistrationVariables.ANSWER_DATE,
                RegistrationVariables.ANSWER_COMMENT, RegistrationVariables.REPLY_TEXT, RegistrationVariables.REPLY_SUBJECT}) {
            execution.removeVariable(answered);
        }
    }
}
