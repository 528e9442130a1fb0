package ru.sferumworkflow.platform.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * One demo user per group, all with the password "demo". Created only when demo data is switched on
 * (the README's run command does; production never).
 */
class DemoUsers {

    static final String PASSWORD = "demo";

    /** The e-mails are those of the sample staff file, so that a demo user is found in the demo roster. */
    private record DemoUser(String id, String firstName, String lastName, String email, List<WorkflowGroup> groups) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("director", "Ольга Николаевна", "Соколова", "sokolova@college.example", List.of(WorkflowGroup.DIRECTOR)),
            new DemoUser("deputy", "Сергей Викторович", "Морозов", "morozov@college.example", List.of(WorkflowGroup.ADMINISTRATION)),
            new DemoUser("sferum-admin", "Анна Сергеевна", "Кузнецова", "kuznetsova@college.example",
                    List.of(WorkflowGroup.ADMINISTRATORS, WorkflowGroup.TEACHERS)),
            new DemoUser("curator", "Елена Андреевна", "Волкова", "volkova@college.example",
                    List.of(WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS)),
            new DemoUser("teacher", "Дмитрий Игоревич", "Павлов", "pavlov@college.example", List.of(WorkflowGroup.TEACHERS)),
            new DemoUser("auditor", "Наталья Владимировна", "Лебедева", "lebedeva@college.example", List.of(WorkflowGroup.AUDITORS)),
            new DemoUser(OperatorAccount.USER_ID, "Системный", "администратор", "operator@college.example", List.of(WorkflowGroup.OPERATORS)));

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    void apply() {
        for (DemoUser demo : USERS) {
            User existing = identity.createUserQuery().userId(demo.id()).singleResult();
            if (existing == null) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.email());
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            } else if (!demo.email().equals(existing.getEmail())) {
                // Demo data of an earlier version: the e-mail links the user to the demo roster.
                existing.setEmail(demo.email());
                identity.saveUser(existing);
            }
            for (WorkflowGroup group : demo.groups()) {
                if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group.id()).count() == 0) {
                    identity.createMembership(demo.id(), group.id());
                }
            }
        }
    }
}
