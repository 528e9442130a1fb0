package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.sferumworkflow.validation.FormErrors;

/** The roster's tables, always within one college. */
@ApplicationScoped
public class JpaRoster {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    /** A page of a list and how many rows the whole list has. */
    public record Page<T>(List<T> items, long total) {
    }

    public RosterSnapshot snapshot(String collegeId) {
        return new RosterSnapshot(
                em.createQuery("select g from StudyGroup g where g.collegeId = :college", StudyGroup.class)
                        .setParameter("college", collegeId).getResultList(),
                em.createQuery("select p from Person p where p.collegeId = :college", Person.class)
                        .setParameter("college", collegeId).getResultList(),
                em.createQuery("select l from StudentParent l where l.collegeId = :college", StudentParent.class)
                        .setParameter("college", collegeId).getResultList());
    }

    public RosterWriter writer(RosterImport rosterImport, OffsetDateTime now, ImportProgress progress) {
        return new RosterWriter() {
            @Override
            public String collegeId() {
                return rosterImport.collegeId();
            }

            @Override
            public OffsetDateTime now() {
                return now;
            }

            @Override
            public void persist(Object entity) {
                em.persist(entity);
            }

            @Override
            public void departure(Person person) {
                em.persist(new ImportDeparture(rosterImport.id(), person.id()));
            }

            @Override
            public void saved() {
                progress.saved(rosterImport.id());
            }
        };
    }

    public List<StudyGroup> groups(String collegeId) {
        return em.createQuery("select g from StudyGroup g where g.collegeId = :college order by g.code", StudyGroup.class)
                .setParameter("college", collegeId).getResultList();
    }

    public Optional<StudyGroup> group(String collegeId, String id) {
        return Optional.ofNullable(em.find(StudyGroup.class, id)).filter(group -> group.collegeId().equals(collegeId));
    }

    /** The college's person with this id; none for an id of another college, an unknown one, or none at all. */
    public Optional<Person> person(String collegeId, String id) {
        return Optional.ofNullable(id == null ? null : em.find(Person.class, id)).filter(person -> person.collegeId().equals(collegeId));
    }

    /** The working staff member whose Tasklist account this is (linked by an administrator). */
    public Optional<Person> activeStaffByUser(String collegeId, String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Person p where p.collegeId = :college and p.role = :role"
                        + " and p.status = :status and p.userId = :user", Person.class)
                .setParameter("college", collegeId).setParameter("role", PersonRole.STAFF)
                .setParameter("status", PersonStatus.ACTIVE).setParameter("user", userId)
                .getResultList().stream().findFirst();
    }

    public Optional<Person> byUser(String collegeId, String userId) {
        return em.createQuery("select p from Person p where p.collegeId = :college and p.userId = :user", Person.class)
                .setParameter("college", collegeId).setParameter("user", userId)
                .getResultList().stream().findFirst();
    }

    /** Staff members with this e-mail (for linking demo accounts). */
    public List<Person> staffByEmail(String collegeId, String email) {
        return em.createQuery("select p from Person p where p.collegeId = :college and p.role = :role"
                        + " and p.email = :email", Person.class)
                .setParameter("college", collegeId).setParameter("role", PersonRole.STAFF)
                .setParameter("email", email == null ? "" : email.trim().toLowerCase(Locale.ROOT)).getResultList();
    }

    /** Staff members with this mobile number, as {@code +7XXXXXXXXXX}. */
    public List<Person> staffByPhone(String collegeId, String phone) {
        return em.createQuery("select p from Person p where p.collegeId = :college and p.role = :role"
                        + " and p.phone = :phone", Person.class)
                .setParameter("college", collegeId).setParameter("role", PersonRole.STAFF)
                .setParameter("phone", phone == null ? "" : phone).getResultList();
    }

    /** Staff members (working or not) with exactly this full name, any case and Ё as Е. */
    public List<Person> staffNamed(String collegeId, String fullName) {
        return search(collegeId, new PersonFilter(fullName, PersonRole.STAFF, null, null), 0, 50).items().stream()
                .filter(person -> person.isNamed(fullName)).toList();
    }

    /**
     * The one working staff member a form names by full name or by e-mail; refuses, saying what to write instead,
     * when there is none or the name is not unique.
     */
    public Person oneWorkingStaff(String collegeId, String nameOrEmail) {
        return oneStaff(collegeId, nameOrEmail, true);
    }

    /** As {@link #oneWorkingStaff}; with {@code workingOnly} false, dismissed staff too (to take away what they hold). */
    public Person oneStaff(String collegeId, String nameOrEmail, boolean workingOnly) {
        StaffChoice choice = chooseStaff(collegeId, nameOrEmail, workingOnly);
        if (choice.person() == null) {
            throw FormErrors.refusal(choice.problem());
        }
        return choice.person();
    }

    /** The staff member a form names, or what is wrong with the name: for forms that list every problem at once. */
    public record StaffChoice(Person person, String problem) {
    }

    public StaffChoice chooseStaff(String collegeId, String nameOrEmail, boolean workingOnly) {
        String named = nameOrEmail == null ? "" : nameOrEmail.trim();
        List<Person> found = (named.contains("@") ? staffByEmail(collegeId, named) : staffNamed(collegeId, named))
                .stream().filter(person -> !workingOnly || person.isActive()).toList();
        if (found.isEmpty()) {
            return new StaffChoice(null, "Среди " + (workingOnly ? "работающих " : "") + "сотрудников такого нет: "
                    + "проверьте ФИО полностью или укажите e-mail из списка людей.");
        }
        if (found.size() > 1) {
            return new StaffChoice(null, "Сотрудников с таким ФИО несколько: укажите e-mail нужного.");
        }
        return new StaffChoice(found.get(0), null);
    }

    /** The current children of a parent, or the current parents of a student. */
    public List<Person> linkedPeople(String personId) {
        return links(personId).stream().filter(StudentParent::isCurrent)
                .map(link -> link.studentId().equals(personId) ? link.parentId() : link.studentId())
                .map(id -> em.find(Person.class, id))
                .toList();
    }

    /** People whose name contains the text (any case, Ё as Е), of a role, group and status when given. */
    public Page<Person> search(String collegeId, PersonFilter filter, int first, int max) {
        String where = " from Person p where p.collegeId = :college"
                + (filter.text() == null ? "" : " and p.searchName like :text")
                + (filter.role() == null ? "" : " and p.role = :role")
                + (filter.groupId() == null ? "" : " and p.groupId = :group")
                + (filter.status() == null ? "" : " and p.status = :status");
        TypedQuery<Person> items = em.createQuery("select p" + where + " order by p.searchName, p.id", Person.class);
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("college", collegeId);
            if (filter.text() != null) {
                query.setParameter("text", "%" + Person.searchForm(filter.text()).replace("%", "").replace("_", "") + "%");
            }
            if (filter.role() != null) {
                query.setParameter("role", filter.role());
            }
            if (filter.groupId() != null) {
                query.setParameter("group", filter.groupId());
            }
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
        }
        return new Page<>(items.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    /** The student's parents (role PARENT) or the parent's children, through every link ever recorded. */
    public List<StudentParent> links(String personId) {
        return em.createQuery("select l from StudentParent l where l.studentId = :person or l.parentId = :person"
                        + " order by l.since", StudentParent.class)
                .setParameter("person", personId).getResultList();
    }

    public List<Movement> movements(String personId) {
        return em.createQuery("select m from Movement m where m.personId = :person order by m.enteredAt", Movement.class)
                .setParameter("person", personId).getResultList();
    }

    public Page<Movement> movements(String collegeId, int first, int max) {
        return new Page<>(em.createQuery("select m from Movement m where m.collegeId = :college order by m.enteredAt desc",
                        Movement.class)
                .setParameter("college", collegeId).setFirstResult(first).setMaxResults(max).getResultList(),
                em.createQuery("select count(m) from Movement m where m.collegeId = :college", Long.class)
                        .setParameter("college", collegeId).getSingleResult());
    }

    public Optional<Movement> movement(String collegeId, String id) {
        return Optional.ofNullable(id == null ? null : em.find(Movement.class, id))
                .filter(movement -> movement.collegeId().equals(collegeId));
    }

    public List<Consent> consents(String personId) {
        return em.createQuery("select c from Consent c where c.subjectId = :person order by c.givenAt", Consent.class)
                .setParameter("person", personId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public List<RosterImport> imports(String collegeId) {
        return em.createQuery("select i from RosterImport i where i.collegeId = :college order by i.startedAt desc",
                        RosterImport.class)
                .setParameter("college", collegeId).setMaxResults(50).getResultList();
    }

    public Optional<RosterImport> rosterImport(String collegeId, String id) {
        return Optional.ofNullable(em.find(RosterImport.class, id))
                .filter(rosterImport -> rosterImport.collegeId().equals(collegeId));
    }

    public List<LineProblem> problems(String importId) {
        return em.createQuery("select e from ImportLineError e where e.importId = :importId order by e.lineNumber, e.columnName",
                        ImportLineError.class)
                .setParameter("importId", importId).getResultList().stream().map(ImportLineError::problem).toList();
    }

    public List<ImportDeparture> departures(String importId) {
        return em.createQuery("select d from ImportDeparture d where d.importId = :importId", ImportDeparture.class)
                .setParameter("importId", importId).getResultList();
    }

    public Optional<ImportDeparture> departure(String importId, String personId) {
        return departures(importId).stream().filter(departure -> departure.personId().equals(personId)).findFirst();
    }
}
