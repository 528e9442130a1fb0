package ru.sferumworkflow.roster;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/** The roster over REST: groups, people with search and paging, one person's card, movement events. */
@Path("roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RosterResource {

    public static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_PAGE = 100_000;

    @Inject
    RosterAccess access;

    @Inject
    JpaRoster roster;

    @Inject
    Movements movements;

    @Inject
    Caller caller;

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** One person with their family links, movement events and consents. */
    public record PersonCard(RosterViews.PersonView person, List<RosterViews.LinkView> parents,
            List<RosterViews.LinkView> children, List<RosterViews.MovementView> movements,
            List<RosterViews.ConsentView> consents) {
    }

    /** What the caller may do with the roster, so that pages show only what works for them. */
    public record CallerView(String user, boolean mayChange, boolean seesPersonalData, boolean mayEnterConsents) {
    }

    @GET
    @Path("me")
    public CallerView me() {
        access.readCollege("списки Техникума");
        return new CallerView(access.user(), access.mayChange(), access.seesPersonalData(),
                caller.isIn(WorkflowGroup.ADMINISTRATORS));
    }

    @GET
    @Path("groups")
    public List<RosterViews.GroupView> groups() {
        String college = access.readCollege("группы");
        RosterViews.Names names = names(college);
        return roster.groups(college).stream().map(group -> RosterViews.group(group, names)).toList();
    }

    @GET
    @Path("persons")
    public RosterViews.PageView<RosterViews.PersonView> persons(@QueryParam("q") String text,
            @QueryParam("role") String role, @QueryParam("group") String groupId, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        String college = access.readCollege("списки людей");
        checkPage(page, size);
        PersonFilter filter = new PersonFilter(FormValues.textOrNull(text), parse(PersonRole.class, role, "role"),
                FormValues.textOrNull(groupId), parse(PersonStatus.class, status, "status"));
        JpaRoster.Page<Person> found = roster.search(college, filter, page * size, size);
        RosterViews.Names names = names(college);
        boolean personalData = access.seesPersonalData();
        return new RosterViews.PageView<>(found.total(), page, size, found.items().stream()
                .map(person -> RosterViews.person(person, names, personalData, Clock.today())).toList());
    }

    @GET
    @Path("persons/{id}")
    public PersonCard person(@PathParam("id") String id) {
        String college = access.readCollege("карточку человека");
        Person person = roster.person(college, id).orElseThrow(() -> ApiErrors.notFound("Нет такого человека."));
        RosterViews.Names names = names(college);
        List<StudentParent> links = roster.links(person.id());
        return new PersonCard(RosterViews.person(person, names, access.seesPersonalData(), Clock.today()),
                links.stream().filter(link -> link.studentId().equals(person.id()))
                        .map(link -> link(names, link.parentId(), link)).toList(),
                links.stream().filter(link -> link.parentId().equals(person.id()))
                        .map(link -> link(names, link.studentId(), link)).toList(),
                roster.movements(person.id()).stream().map(movement -> RosterViews.movement(movement, names)).toList(),
                roster.consents(person.id()).stream().map(consent -> RosterViews.consent(consent, names)).toList());
    }

    /** The Tasklist account of a staff member: what an administrator links, and an empty userId unlinks. */
    public record AccountLink(String userId) {
    }

    @PUT
    @Path("persons/{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public RosterViews.PersonView linkAccount(@PathParam("id") String id, AccountLink link) {
        caller.requireAnyOf("связывать учётные записи с сотрудниками", WorkflowGroup.ADMINISTRATORS);
        String college = access.college();
        Person person = roster.person(college, id).filter(found -> found.role() == PersonRole.STAFF && found.isActive())
                .orElseThrow(() -> new Refusal("Учётную запись связывают с работающим сотрудником из списков."));
        String userId = link == null || link.userId() == null || link.userId().isBlank() ? null : link.userId().trim();
        if (userId != null) {
            if (bootstrap.processEngine().getIdentityService().createUserQuery().userId(userId).count() == 0) {
                throw new Refusal("Нет такой учётной записи Tasklist: проверьте логин (Admin → Users).");
            }
            roster.byUser(college, userId).filter(other -> !other.id().equals(person.id())).ifPresent(other -> {
                throw new Refusal("Эта учётная запись уже связана с другим сотрудником: сначала отвяжите её там.");
            });
        }
        person.linkAccount(userId, Clock.now());
        return RosterViews.person(person, names(college), access.seesPersonalData(), Clock.today());
    }

    @POST
    @Path("movements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enterMovement(MovementRequest request) {
        String user = access.keeper("вносить события движения");
        if (request == null) {
            throw new Refusal("Пришлите событие в JSON: personId, kind, orderNumber, orderDate и toGroupId для перевода.");
        }
        String college = access.college();
        Movement movement = movements.record(college, request, user);
        return Response.status(Response.Status.CREATED).entity(RosterViews.movement(movement, names(college))).build();
    }

    @GET
    @Path("movements")
    public RosterViews.PageView<RosterViews.MovementView> movements(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        String college = access.readCollege("события движения");
        checkPage(page, size);
        JpaRoster.Page<Movement> found = roster.movements(college, page * size, size);
        RosterViews.Names names = names(college);
        return new RosterViews.PageView<>(found.total(), page, size,
                found.items().stream().map(movement -> RosterViews.movement(movement, names)).toList());
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Refusal("Страница — от 0 до " + MAX_PAGE + ", размер страницы — от 1 до " + MAX_PAGE_SIZE + ".");
        }
    }

    private RosterViews.LinkView link(RosterViews.Names names, String personId, StudentParent link) {
        return new RosterViews.LinkView(names.person(personId), JsonTime.of(link.since()),
                JsonTime.of(link.endedAt()));
    }

    private RosterViews.Names names(String college) {
        return new RosterViews.Names(roster.groups(college),
                id -> roster.person(college, id).map(Person::fullName).orElse(null));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal("Неизвестное значение параметра «" + parameter + "».");
        }
    }
}
