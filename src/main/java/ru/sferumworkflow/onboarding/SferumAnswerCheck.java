package ru.sferumworkflow.onboarding;

import static ru.sferumworkflow.onboarding.RegistrationVariables.ANSWER;
import static ru.sferumworkflow.onboarding.RegistrationVariables.ANSWER_COMMENT;
import static ru.sferumworkflow.onboarding.RegistrationVariables.ANSWER_DATE;
import static ru.sferumworkflow.onboarding.RegistrationVariables.CONFIRMED;
import static ru.sferumworkflow.onboarding.RegistrationVariables.REFUSED;
import static ru.sferumworkflow.onboarding.RegistrationVariables.REPLY_TEXT;

import java.time.LocalDate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * «Внести ответ Сферума» / «Разобрать ответ Сферума» completed: the answer is checked (date, confirmed or
 * refused, a comment for a refusal) and recorded on the request with who entered it. A letter that is not the
 * answer (an automatic reply) sends the request back to waiting.
 */
@Dependent
@Named("sferumAnswerCheck")
public class SferumAnswerCheck implements ExecutionListener {

    /** The choice «это ещё не ответ — ждать дальше», offered only when a letter has come in. */
    static final String NOT_ANSWER = "notAnswer";
    static final String REVIEW_TASK = "reviewSferumReply";

    private final RegistrationRequests requests;

    @Inject
    public SferumAnswerCheck(RegistrationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object answer = execution.getVariable(ANSWER);
        if (NOT_ANSWER.equals(answer) && REVIEW_TASK.equals(execution.getCurrentActivityId())) {
            // An automatic reply or a notice: the request goes on waiting; the next reply is matched again.
            // («notAnswer» stays for the model's gateway; «Внести ответ Сферума» does not accept it.)
            execution.removeVariable(REPLY_TEXT);
            execution.removeVariable(RegistrationVariables.REPLY_SUBJECT);
            return;
        }
        String comment = FormValues.text(execution.getVariable(ANSWER_COMMENT));
        LocalDate date = FormValues.date(execution.getVariable(ANSWER_DATE));

        FormErrors errors = new FormErrors();
        if (!CONFIRMED.equals(answer) && !REFUSED.equals(answer)) {
            errors.add("Выберите ответ платформы: «Регистрация подтверждена» или «Отказ».");
        }
        if (date == null) {
            errors.add("Укажите дату ответа в виде ГГГГ-ММ-ДД.");
        } else if (date.isAfter(Clock.today())) {
            errors.add("Дата ответа " + date + " ещё не наступила.");
        }
        if (REFUSED.equals(answer) && comment.isEmpty()) {
            errors.add("Перепишите причину отказа из ответа платформы: по ней заявку исправят.");
        }
        if (comment.length() > 4000) {
            errors.add("Комментарий не длиннее 4000 знаков.");
        }
        errors.throwIfAny();

        RegistrationRequest request = requests.latestOfProcess(execution.getProcessInstanceId()).orElseThrow();
        String source = execution.getVariable(REPLY_TEXT) != null ? "email" : "manual";
        request.recordAnswer(CONFIRMED.equals(answer), date, comment.isEmpty() ? null : comment, source,
                CurrentUser.id(execution.getProcessEngineServices()).orElse(null), Clock.now());
        requests.save(request);
    }
}
