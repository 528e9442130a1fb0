package ru.sferumworkflow.onboarding;

import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_ADDRESS;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_EMAIL;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_NAME;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_SHORT_NAME;
import static ru.sferumworkflow.onboarding.RegistrationVariables.COLLEGE_SITE;
import static ru.sferumworkflow.onboarding.RegistrationVariables.GROUP_CODES;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.EmailAddresses;
import ru.sferumworkflow.validation.FormErrors;

/**
 * «Внести сведения о Техникуме» completed: the college's data is checked and kept in our table (editable
 * later), and the list of groups for the structure is checked.
 */
@Dependent
@Named("collegeDetailsCheck")
public class CollegeDetailsCheck implements ExecutionListener {

    /** Group codes such as ИС-21, ТМ-1-22, 9А. */
    private static final Pattern GROUP_CODE = Pattern.compile("^[0-9A-Za-zА-ЯЁа-яё]+(?:[-/. ][0-9A-Za-zА-ЯЁа-яё]+)*$");

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
        FormErrors errors = new FormErrors();
        String name = required(execution, COLLEGE_NAME, "полное название Техникума", 300, errors);
        String shortName = required(execution, COLLEGE_SHORT_NAME, "краткое название", 100, errors);
        String address = required(execution, COLLEGE_ADDRESS, "адрес", 500, errors);
        String site = site(text(execution, COLLEGE_SITE), errors);
        Optional<String> email = EmailAddresses.normalize(text(execution, COLLEGE_EMAIL));
        if (email.isEmpty()) {
            errors.add("Электронная почта Техникума: " + EmailAddresses.HINT + ".");
        }
        List<String> groups = groupList.of(execution.getVariable(GROUP_CODES));
        if (groups.isEmpty()) {
            errors.add("Перечислите учебные группы (классы структуры), по одной в строке, например ИС-21.");
        }
        for (String group : groups) {
            if (group.length() > 20 || !GROUP_CODE.matcher(group).matches()) {
                errors.add("Группа «" + group + "»: буквы и цифры через дефис, не длиннее 20 знаков (например, ИС-21).");
            }
        }
        errors.throwIfAny();

        College college = colleges.find(execution.getTenantId()).orElseGet(() -> new College(execution.getTenantId()));
        college.describe(new CollegeDetails(name, shortName, address, site, email.get(), groups),
                CurrentUser.id(execution.getProcessEngineServices()).orElse(null), Clock.now());
        colleges.save(college);
        execution.setVariable(COLLEGE_EMAIL, email.get());
        execution.setVariable(GROUP_CODES, String.join("\n", groups));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? "" : value.toString().trim();
    }

    private static String required(DelegateExecution execution, String variable, String what, int max, FormErrors errors) {
        String value = text(execution, variable);
        if (value.isEmpty() || value.length() > max) {
            errors.add("Укажите " + what + " (не длиннее " + max + " знаков).");
        }
        return value;
    }

    /** Empty, or an http(s) address; a bare domain gets https://. */
    private static String site(String written, FormErrors errors) {
        if (written.isEmpty()) {
            return null;
        }
        String address = written.matches("(?i)^https?://.*") ? written : "https://" + written;
        try {
            URI uri = URI.create(address);
            if (uri.getHost() != null && uri.getHost().contains(".") && address.length() <= 200) {
                return address;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add("Сайт Техникума: адрес вида https://college.ru (или оставьте поле пустым).");
        return null;
    }
}
