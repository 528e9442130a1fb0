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

    private record DemoUser(String id, String firstName, String lastName, List<WorkflowGroup> groups) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("director", "Ольга Николаевна", "Соколова", List.of(WorkflowGroup.DIRECTOR)),
            new DemoUser("deputy", "Сергей Викторович", "Морозов", List.of(WorkflowGroup.ADMINISTRATION)),
            new DemoUser("sferum-admin", "Анна Сергеевна", "Кузнецова",
                    List.of(WorkflowGroup.ADMINISTRATORS, WorkflowGroup.TEACHERS)),
            new DemoUser("curator", "Елена Андреевна", "Волкова",
                    List.of(WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS)),
            new DemoUser("teacher", "Дмитрий Игоревич", "Павлов", List.of(WorkflowGroup.TEACHERS)),
            new DemoUser("auditor", "Наталья Владимировна", "Лебедева", List.of(WorkflowGroup.AUDITORS)),
            new DemoUser(OperatorAccount.USER_ID, "Системный", "администратор", List.of(WorkflowGroup.OPERATORS)));

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    void apply() {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@demo.college.invalid");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
            for (WorkflowGroup group : demo.groups()) {
                if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group.id()).count() == 0) {
                    identity.createMembership(demo.id(), group.id());
                }
            }
        }
    }
}
