package ru.sferumworkflow.platform.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import ru.sferumworkflow.platform.Settings;

/**
 * Keeps a direct member in camunda-admin. While that group has none, Camunda's Admin app offers an
 * unauthenticated "first user" setup; we block that endpoint too (AdminSetupGuard), and never leave
 * the group empty. The password comes from SFERUM_OPERATOR_PASSWORD; without it a random one is written
 * to a file readable only by the server's user — never to the log.
 */
class OperatorAccount {

    static final String USER_ID = "operator";

    private static final Logger LOG = Logger.getLogger(OperatorAccount.class.getName());

    private final IdentityService identity;

    OperatorAccount(IdentityService identity) {
        this.identity = identity;
    }

    void ensure() {
        String group = WorkflowGroup.OPERATORS.id();
        if (identity.createUserQuery().memberOfGroup(group).count() > 0) {
            return;
        }
        if (identity.createUserQuery().userId(USER_ID).count() == 0) {
            User user = identity.newUser(USER_ID);
            user.setFirstName("Системный");
            user.setLastName("администратор");
            user.setPassword(initialPassword());
            identity.saveUser(user);
        }
        identity.createMembership(USER_ID, group);
    }

    private static String initialPassword() {
        return Settings.OPERATOR_PASSWORD.value().orElseGet(OperatorAccount::generatedPassword);
    }

    private static String generatedPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path file = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "sferum", "operator-password.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            // Created readable by the server's user only, before the password is in it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator());
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("Файловая система не даёт закрыть файл с паролем от чужих глаз (" + file
                    + "): задайте пароль пользователя operator в SFERUM_OPERATOR_PASSWORD.", e);
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось записать пароль пользователя operator в " + file, e);
        }
        LOG.warning("Создан пользователь «" + USER_ID + "» (camunda-admin); пароль записан в " + file
                + ". Смените его в Admin или задайте SFERUM_OPERATOR_PASSWORD.");
        return password;
    }
}
