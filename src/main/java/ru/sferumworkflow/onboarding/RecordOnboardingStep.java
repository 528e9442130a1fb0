package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of a set-up task («Создать класс «Учительская»», «Создать класс ИС-21», …): the administrator
 * confirms the step was done on the platform, and the step is kept with who and when.
 */
@Dependent
@Named("recordOnboardingStep")
public class RecordOnboardingStep implements ExecutionListener {

    private final Colleges colleges;

    @Inject
    public RecordOnboardingStep(Colleges colleges) {
        this.colleges = colleges;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object done = execution.getVariable(RegistrationVariables.STEP_DONE);
        if (!Boolean.TRUE.equals(done)) {
            throw FormErrors.refusal("Отметьте, что шаг выполнен на платформе, — или вернитесь к задаче позже.");
        }
        // The confirmation belongs to this task only; the next task starts unticked.
        execution.removeVariable(RegistrationVariables.STEP_DONE);

        Object group = execution.getVariableLocal(RegistrationVariables.GROUP_CODE);
        String title = group == null ? execution.getCurrentActivityName() : "Создать класс " + group;
        colleges.record(new OnboardingStep(execution.getTenantId(), execution.getProcessInstanceId(),
                execution.getCurrentActivityId(), title, group == null ? null : group.toString(),
                CurrentUser.id(execution.getProcessEngineServices()).orElse(null), Clock.now()));
    }
}
