package ru.sferumworkflow.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;

/**
 * «Сверить с кадровым списком»: finds the staff record of the person (the invited one; else by the phone, the
 * e-mail, then the full name the administrator wrote) and gives the decision table its facts.
 */
@Dependent
@Named("checkAgainstRoster")
public class CheckAgainstRoster implements JavaDelegate {

    @Inject
    JpaVerifications verifications;

    @Inject
    JpaRoster roster;

    @Override
    public void execute(DelegateExecution execution) {
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        Optional<Person> staff = staffRecord(verification);
        staff.ifPresent(person -> verification.checkedAgainst(person.id()));
        execution.setVariables(facts(staff, verification).variables());
    }

    /**
     * What the decision table needs to know of the record found. What the administrator wrote matches only with the
     * record's full name too: a phone or e-mail of another employee must not confirm them. An invited teacher is the
     * record the invitation went to.
     */
    static StatusRule facts(Optional<Person> staff, TeacherVerification verification) {
        return staff.map(person -> new StatusRule(true, person.isActive(), Boolean.TRUE.equals(person.pedagogical()),
                        contactsMatch(person, verification.givenPhone(), verification.givenEmail())
                                && (verification.source() == VerificationSource.INVITATION
                                        || person.isNamed(verification.givenName()))))
                .orElse(new StatusRule(false, false, false, false));
    }

    static boolean contactsMatch(Person person, String phone, String email) {
        return (phone != null && phone.equals(person.phone()))
                || (email != null && person.email() != null
                        && email.toLowerCase(Locale.ROOT).equals(person.email().toLowerCase(Locale.ROOT)));
    }

    private Optional<Person> staffRecord(TeacherVerification verification) {
        String college = verification.collegeId();
        if (verification.personId() != null) {
            return roster.person(college, verification.personId()).filter(person -> person.role() == PersonRole.STAFF);
        }
        LinkedHashSet<Person> byContacts = new LinkedHashSet<>();
        if (verification.givenPhone() != null) {
            byContacts.addAll(roster.staffByPhone(college, verification.givenPhone()));
        }
        if (verification.givenEmail() != null) {
            byContacts.addAll(roster.staffByEmail(college, verification.givenEmail()));
        }
        List<Person> candidates = new ArrayList<>(byContacts.isEmpty()
                ? roster.staffNamed(college, verification.givenName()) : byContacts);
        // A working record before a dismissed one: the same person may have left and come back.
        candidates.sort(Comparator.comparing((Person person) -> !person.isActive())
                .thenComparing(person -> !person.isNamed(verification.givenName())));
        return candidates.stream().findFirst();
    }
}
