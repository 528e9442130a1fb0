package ru.sferumworkflow.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.identity.User;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;

/**
 * Links the demo users' Tasklist accounts to their rows of the demo staff file (same e-mail) — what an administrator
 * does by hand in production (PUT /sferum/api/roster/persons/{id}/account).
 */
@ApplicationScoped
public class DemoAccounts {

    @Inject
    JpaRoster roster;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Transactional
    public void link(String college) {
        for (User user : bootstrap.processEngine().getIdentityService().createUserQuery().list()) {
            if (roster.byUser(college, user.getId()).isPresent()) {
                continue;
            }
            roster.staffByEmail(college, user.getEmail()).stream().filter(person -> person.userId() == null).findFirst()
                    .ifPresent(person -> person.linkAccount(user.getId(), Clock.now()));
        }
    }
}
