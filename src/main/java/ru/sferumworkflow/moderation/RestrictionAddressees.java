package ru.sferumworkflow.moderation;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;

/** Who is told of a restriction: the member, and for a minor student the parents too; only those with an e-mail. */
@ApplicationScoped
public class RestrictionAddressees {

    @Inject
    JpaRoster roster;

    public List<Person> of(Person member) {
        List<Person> addressees = new ArrayList<>();
        addressees.add(member);
        if (member.role() == PersonRole.STUDENT && member.isMinorOn(Clock.today())) {
            addressees.addAll(roster.linkedPeople(member.id()));
        }
        return addressees.stream().filter(person -> person.email() != null).toList();
    }
}
