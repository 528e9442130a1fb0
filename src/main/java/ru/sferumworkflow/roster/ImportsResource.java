package ru.sferumworkflow.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.validation.Refusal;

/**
 * Uploads of the roster's CSV files: POST the file's bytes with its kind, then follow GET imports/{id} for the
 * percentage, and at the end the counts, every bad line, and the «выбыли?» list.
 */
@Path("roster/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ImportsResource {

    /** More bad lines than anyone reads; the count says how many there are in all. */
    public static final int MAX_PROBLEMS_SHOWN = 1000;

    /** Far above 10,000 lines of a college's file, far below what would strain the server. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    @Inject
    RosterAccess access;

    @Inject
    JpaRoster roster;

    @Inject
    ImportRunner runner;

    @Inject
    ImportProgress progress;

    public record ImportView(String id, String kind, String kindTitle, String fileName, String status,
            String statusTitle, boolean finished, Integer percent, String encoding, String delimiter, int totalLines,
            int created, int updated, int unchanged, String failure, String startedBy, String startedAt,
            String finishedAt, int problemCount, List<LineProblem> problems, List<RosterViews.PersonView> departures) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("kind") String kind, @QueryParam("fileName") String fileName, InputStream body) {
        String user = access.keeper("загружать списки");
        ImportKind importKind = ImportKind.parse(kind).orElseThrow(() -> new Refusal(
                "Укажите, что в файле: kind=STAFF (сотрудники), GROUPS (группы) или STUDENTS (обучающиеся и родители)."));
        byte[] content = read(body);
        String name = fileName == null || fileName.isBlank() ? importKind.title() + ".csv" : fileName.trim();
        RosterImport saved = runner.start(new RosterImport(access.college(), importKind,
                name.length() > 200 ? name.substring(0, 200) : name, content, user, Clock.now()));
        return Response.accepted(view(saved, List.of(), List.of())).build();
    }

    @GET
    public List<ImportView> list() {
        access.keeper("загрузки списков");
        return roster.imports(access.college()).stream().map(rosterImport -> view(rosterImport, List.of(), List.of())).toList();
    }

    @GET
    @Path("{id}")
    public ImportView get(@PathParam("id") String id) {
        access.keeper("загрузки списков");
        RosterImport rosterImport = roster.rosterImport(access.college(), id)
                .orElseThrow(() -> ApiErrors.notFound("Нет такой загрузки."));
        List<RosterViews.PersonView> departures = List.of();
        if (rosterImport.status() == ImportStatus.DONE) {
            RosterViews.Names names = new RosterViews.Names(roster.groups(rosterImport.collegeId()), personId -> null);
            departures = roster.departures(id).stream()
                    .filter(departure -> departure.movementId() == null)
                    .map(departure -> roster.person(rosterImport.collegeId(), departure.personId()).orElseThrow())
                    .filter(Person::isActive)
                    .map(person -> RosterViews.person(person, names, access.seesPersonalData(), Clock.today()))
                    .toList();
        }
        return view(rosterImport, roster.problems(id), departures);
    }

    private ImportView view(RosterImport rosterImport, List<LineProblem> problems,
            List<RosterViews.PersonView> departures) {
        ImportStatus status = rosterImport.status();
        String failure = rosterImport.failure();
        OffsetDateTime abandonedBefore = Clock.now().minusSeconds(ImportRunner.TRANSACTION_TIMEOUT_SECONDS + 300);
        if (!status.finished() && rosterImport.startedAt().isBefore(abandonedBefore)) {
            // The server stopped during the import; its transaction was rolled back, so nothing was saved.
            status = ImportStatus.FAILED;
            failure = "Загрузка прервана остановкой сервера; ничего не сохранено. Загрузите файл ещё раз.";
        }
        OptionalInt running = progress.percent(rosterImport.id());
        Integer percent = status.finished() ? Integer.valueOf(100) : running.isPresent() ? running.getAsInt() : null;
        return new ImportView(rosterImport.id(), rosterImport.kind().name(), rosterImport.kind().title(),
                rosterImport.fileName(), status.name(), status.title(), status.finished(), percent,
                rosterImport.encoding(), rosterImport.delimiter(), rosterImport.totalLines(), rosterImport.created(),
                rosterImport.updated(), rosterImport.unchanged(), failure, rosterImport.startedBy(),
                JsonTime.of(rosterImport.startedAt()),
                JsonTime.of(rosterImport.finishedAt()), problems.size(),
                problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN)), departures);
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            throw new Refusal("Пришлите файл CSV в теле запроса.");
        }
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_FILE_BYTES) {
                    throw new Refusal("Файл больше 20 МБ: разделите его на части (например, по курсам).");
                }
            }
            if (out.size() == 0) {
                throw new Refusal("Файл пустой: выберите файл CSV со строкой заголовков и строками данных.");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refusal("Файл не дошёл до сервера целиком: загрузите его ещё раз.");
        }
    }
}
