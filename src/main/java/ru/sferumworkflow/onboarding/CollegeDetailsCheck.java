package ru.sferumworkflow.onboarding;

import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_ADDRESS;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_EMAIL;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_NAME;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_SHORT_NAME;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_SITE;
import static ru.sferumworkflow.onboarding.RegistrationVariables.GROUP_CODES;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormValues;

/**
 * «Внести сведения о Техникуме» completed: the college's data and its groups are checked and kept in our table
 * (editable later through /sferum/api/college).
 */
@Dependent
@Named("collegeDetailsCheck")
public class CollegeDetailsCheck implements ExecutionListener {

    private final Colleges colleges;
    private final GroupList groupList;

    @Inject
    public CollegeDetailsCheck(Colleges colleges, GroupList groupList) {
        this.colleges = colleges;
        this.groupList = groupList;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CollegeDetails details = CollegeDetailsValidator.validate(text(execution, COLLEGE_NAME),
                text(execution, COLLEGE_SHORT_NAME), text(execution, COLLEGE_ADDRESS), text(execution, COLLEGE_SITE),
                text(execution, COLLEGE_EMAIL), groupList.of(execution.getVariable(GROUP_CODES)));

        College college = colleges.find(execution.getTenantId()).orElseGet(() -> new College(execution.getTenantId()));
        college.describe(details, CurrentUser.id(execution.getProcessEngineServices()).orElse(null), Clock.now());
        colleges.save(college);
        execution.setVariable(COLLEGE_EMAIL, details.email());
        execution.setVariable(GROUP_CODES, String.join("\n", details.groups()));
    }

    private static String text(DelegateExecution execution, String name) {
        return FormValues.text(execution.getVariable(name));
    }
}
