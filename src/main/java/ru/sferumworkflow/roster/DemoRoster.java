package ru.sferumworkflow.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.Settings;

/**
 * With demo data on and an empty roster, loads the sample files of the import page (staff, groups, students with
 * parents) through the ordinary import, links the demo users to their staff rows, and adds the demo chats, so that
 * the pages, invitations and «Удаление из чатов» have something to work with.
 */
@WebListener
public class DemoRoster implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DemoRoster.class.getName());

    @Inject
    JpaRoster roster;

    @Inject
    ImportRunner runner;

    @Inject
    DemoChats chats;

    @Inject
    DemoAccounts accounts;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String college = Settings.COLLEGE_ID.get();
        if (!Settings.DEMO_DATA.isOn() || !roster.imports(college).isEmpty()) {
            return;
        }
        ServletContext context = event.getServletContext();
        runner.startInOrder(List.of(
                sample(context, college, ImportKind.STAFF, "staff.csv"),
                sample(context, college, ImportKind.GROUPS, "groups.csv"),
                sample(context, college, ImportKind.STUDENTS, "students.csv")), () -> {
                    accounts.link(college);
                    chats.create(college);
                });
        LOG.info("Демо-списки загружаются из образцов страницы загрузки");
    }

    private static RosterImport sample(ServletContext context, String college, ImportKind kind, String file) {
        try (InputStream in = context.getResourceAsStream("/sferum/samples/" + file)) {
            return new RosterImport(college, kind, file, in.readAllBytes(), "demo", Clock.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
