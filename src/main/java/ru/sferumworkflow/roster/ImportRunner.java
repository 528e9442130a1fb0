package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import ru.sferumworkflow.platform.Clock;

/**
 * Runs an uploaded file in the background, so that the administrator may leave the page: reads the header,
 * checks every line, and saves all lines in one transaction — or none when any line is bad, listing every bad
 * line instead.
 */
@ApplicationScoped
public class ImportRunner {

    /**
     * Longer than any import of one college takes, waiting for another node's import of the same college included;
     * an import older than this is no longer running.
     */
    public static final int TRANSACTION_TIMEOUT_SECONDS = 30 * 60;

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Inject
    ImportProgress progress;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Inject
    JpaRoster roster;

    /** Saves the uploaded file and, once that has committed, starts its import in the background. */
    public RosterImport start(RosterImport rosterImport) {
        try {
            inTransaction(() -> {
                em.persist(rosterImport);
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not save an uploaded roster file", e);
        }
        executor.submit(() -> run(rosterImport.id()));
        return rosterImport;
    }

    /** Saves several files and imports them one after another, in the given order, in the background. */
    public void startInOrder(List<RosterImport> imports, Runnable afterwards) {
        try {
            inTransaction(() -> {
                imports.forEach(em::persist);
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not save roster files", e);
        }
        executor.submit(() -> {
            imports.forEach(rosterImport -> run(rosterImport.id()));
            afterwards.run();
        });
    }

    void run(String importId) {
        // One import at a time on a node (across nodes, the college's row of SFW_IMPORT_LOCK): two files of one
        // college saved at once would create the same people twice.
        oneAtATime.lock();
        try {
            CsvTable table = inTransaction(() -> open(importId));
            if (table != null) {
                checkAndSave(importId, table);
            }
        } catch (Exception e) {
            // No line values in the log: they are personal data.
            LOG.log(Level.SEVERE, "Roster import " + importId + " failed: " + e.getClass().getName());
            LOG.log(Level.FINE, "Roster import failure", e);
            inTransactionQuietly(() -> {
                em.find(RosterImport.class, importId).failed("Сбой сервера при загрузке; ничего не сохранено. "
                        + "Загрузите файл ещё раз; если сбой повторится, сообщите системному администратору.", Clock.now());
                return null;
            });
        } finally {
            progress.end(importId);
            oneAtATime.unlock();
        }
    }

    /** Reads the header; an unreadable file or missing columns reject the import at once. */
    private CsvTable open(String importId) {
        RosterImport rosterImport = em.find(RosterImport.class, importId);
        CsvTable table;
        try {
            table = CsvTable.open(rosterImport.content());
        } catch (IllegalArgumentException e) {
            reject(rosterImport, List.of(new LineProblem(1, null, "Файл не читается как таблица CSV. Сохраните "
                    + "таблицу в Excel как «CSV (разделители — точки с запятой)» и загрузите снова.")));
            return null;
        }
        List<LineProblem> missing = table.missingColumns(RosterFile.of(rosterImport.kind()).requiredColumns());
        if (!missing.isEmpty()) {
            reject(rosterImport, missing);
            return null;
        }
        int lines = table.countLines();
        if (lines == 0) {
            reject(rosterImport, List.of(new LineProblem(2, null, "В файле нет строк после заголовка.")));
            return null;
        }
        rosterImport.checking(table.charset().name(), table.delimiter(), lines);
        progress.begin(importId, lines);
        return table;
    }

    private void checkAndSave(String importId, CsvTable table) throws Exception {
        List<LineProblem> problems = new ArrayList<>();
        String college = inTransaction(() -> em.find(RosterImport.class, importId).collegeId());
        ensureLockRow(college);
        transaction.setTransactionTimeout(TRANSACTION_TIMEOUT_SECONDS);
        try {
            inTransaction(() -> {
                // Another node's import of this college runs to its end first; then this one sees what it saved.
                if (em.createNativeQuery("SELECT COLLEGE_ID FROM SFW_IMPORT_LOCK WHERE COLLEGE_ID = ? FOR UPDATE")
                        .setParameter(1, college).getResultList().isEmpty()) {
                    throw new IllegalStateException("No import lock row for the college: imports would not be serialised");
                }
                problems.addAll(checkAndSave(em.find(RosterImport.class, importId), table));
                if (!problems.isEmpty()) {
                    transaction.setRollbackOnly();
                }
                return null;
            });
        } finally {
            transaction.setTransactionTimeout(0);
        }
        if (!problems.isEmpty()) {
            inTransaction(() -> {
                reject(em.find(RosterImport.class, importId), problems);
                return null;
            });
        }
    }

    private <R> List<LineProblem> checkAndSave(RosterImport rosterImport, CsvTable table) {
        @SuppressWarnings("unchecked")
        RosterFile<R> file = (RosterFile<R>) RosterFile.of(rosterImport.kind());
        RosterSnapshot snapshot = roster.snapshot(rosterImport.collegeId());
        LineChecks checks = new LineChecks();
        List<R> rows = new ArrayList<>();
        LocalDate today = Clock.today();
        table.forEachLine(line -> {
            R row = file.check(line, snapshot, checks, today);
            if (row != null) {
                rows.add(row);
            }
            progress.checked(rosterImport.id());
        });
        if (!checks.isClean()) {
            return checks.problems();
        }
        OffsetDateTime now = Clock.now();
        ImportCounts counts = file.save(rows, snapshot, roster.writer(rosterImport, now, progress));
        rosterImport.done(counts, now);
        return List.of();
    }

    private void reject(RosterImport rosterImport, List<LineProblem> problems) {
        problems.forEach(problem -> em.persist(new ImportLineError(rosterImport.id(), problem)));
        rosterImport.rejected(Clock.now());
    }

    /** The college's row of SFW_IMPORT_LOCK, made on its first import; two nodes making it at once is harmless. */
    private void ensureLockRow(String college) {
        try {
            inTransaction(() -> {
                if (em.createNativeQuery("SELECT COUNT(*) FROM SFW_IMPORT_LOCK WHERE COLLEGE_ID = ?")
                        .setParameter(1, college).getSingleResult() instanceof Number count && count.longValue() == 0) {
                    em.createNativeQuery("INSERT INTO SFW_IMPORT_LOCK (COLLEGE_ID) VALUES (?)").setParameter(1, college)
                            .executeUpdate();
                }
                return null;
            });
        } catch (Exception madeByAnotherNode) {
            // The row exists now: the other node's insert won.
        }
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private void inTransactionQuietly(Callable<Object> work) {
        try {
            inTransaction(work);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not record a failed roster import: " + e.getClass().getName());
        }
    }
}
