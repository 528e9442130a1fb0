package ru.sferumworkflow.platform;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.User;

/** A user's name as documents and letters write it: «Ольга Николаевна Соколова». */
public final class UserNames {

    private UserNames() {
    }

    public static String fullName(ProcessEngineServices engine, String userId) {
        if (userId == null) {
            return "";
        }
        User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }
}
