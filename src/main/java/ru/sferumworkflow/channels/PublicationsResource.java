package ru.sferumworkflow.channels;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.ProcessStarts;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.validation.Refusal;

/**
 * Material for the system channels over REST: a request with its files (the same process and checks as the
 * Tasklist form), a channel's publication calendar, and a file to download.
 */
@Path("publications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PublicationsResource {

    @Inject
    Caller caller;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    JpaPublications publications;

    public record Submitted(String id, String processInstanceId) {
    }

    public record CalendarEntry(String id, String channel, String channelTitle, String title, String wishedDate,
            String status, String publishedAt) {
    }

    private record Upload(String name, String contentType, byte[] content) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response submit(List<EntityPart> parts) {
        caller.requireAnyOf("приносить материал для системных каналов", WorkflowGroup.DIRECTOR,
                WorkflowGroup.ADMINISTRATION, WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS,
                WorkflowGroup.TEACHERS);
        caller.college();
        Map<String, Object> variables = new HashMap<>();
        List<Upload> uploads = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("files".equals(part.getName())) {
                uploads.add(new Upload(part.getFileName().orElse("файл"), part.getMediaType().toString()
                        .replaceAll(";.*", ""), read(part)));
            } else if (List.of(ChannelVariables.CHANNEL, ChannelVariables.TITLE, ChannelVariables.BODY,
                    ChannelVariables.WISHED_DATE).contains(part.getName())) {
                variables.put(part.getName(), new String(read(part), StandardCharsets.UTF_8));
            }
        }
        List<String> problems = PublicationCheck.fileProblems(uploads.stream()
                .map(upload -> new PublicationCheck.FileInfo(upload.name(), upload.contentType(), upload.content().length))
                .toList());
        if (!problems.isEmpty()) {
            throw new Refusal(String.join(" ", problems));
        }
        var runtime = bootstrap.processEngine().getRuntimeService();
        String processInstanceId = ProcessStarts.start(bootstrap.processEngine(), ChannelVariables.PUBLICATION_PROCESS,
                variables, "Нет доступа: материал для каналов приносят администрация и педагоги.");
        Publication publication = publications.ofProcess(processInstanceId).orElseThrow();
        for (Upload upload : uploads) {
            publications.persist(new PublicationFile(publication.id(), fileName(upload.name()), upload.contentType(),
                    upload.content()));
        }
        if (!uploads.isEmpty()) {
            // The list the forms show: the application's own step, not a right of the author.
            String files = SubmitPublication.filesList(publications, publication);
            SystemCall.run(bootstrap.processEngine(), () -> {
                runtime.setVariable(processInstanceId, ChannelVariables.FILES, files);
                return null;
            });
        }
        return Response.status(Response.Status.CREATED).entity(new Submitted(publication.id(), processInstanceId))
                .build();
    }

    /** A channel's calendar: its publications from one day to another (by default this month and the next). */
    @GET
    @Transactional
    public List<CalendarEntry> calendar(@QueryParam("channel") String channelName, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        caller.requireAnyOf("смотреть календарь публикаций", WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS,
                WorkflowGroup.AUDITORS);
        SystemChannel channel = SystemChannel.parse(channelName)
                .orElseThrow(() -> new Refusal("Укажите канал: channel=COLLEGE («Общешкольный канал») или STAFF («Сотрудники»)."));
        Period period = Period.of(from, to);
        return publications.calendar(caller.college(), channel, period.first(), period.last()).stream()
                .map(publication -> new CalendarEntry(publication.id(), channel.name(), channel.title(),
                        publication.title(), publication.wishedDate().toString(), publication.status().name(),
                        JsonTime.of(publication.publishedAt())))
                .toList();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        String user = caller.requireAnyOf("открывать файлы материалов", WorkflowGroup.DIRECTOR,
                WorkflowGroup.ADMINISTRATION, WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS,
                WorkflowGroup.TEACHERS, WorkflowGroup.AUDITORS);
        Publication publication = publications.find(caller.college(), id)
                .filter(found -> caller.isIn(WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                        WorkflowGroup.ADMINISTRATORS, WorkflowGroup.AUDITORS) || found.submittedBy().equals(user))
                .orElseThrow(() -> ApiErrors.notFound("Такого материала нет."));
        PublicationFile file = publications.file(publication.id(), fileId)
                .orElseThrow(() -> ApiErrors.notFound("Такого файла нет."));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static byte[] read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] content = in.readNBytes((int) PublicationCheck.MAX_FILE_BYTES + 1);
            if (content.length > PublicationCheck.MAX_FILE_BYTES) {
                throw new Refusal("Один из файлов больше 10 МБ: уменьшите его.");
            }
            return content;
        } catch (IOException e) {
            throw new Refusal("Запрос не дошёл до сервера целиком: отправьте его ещё раз.");
        }
    }

    private static String fileName(String name) {
        // Shown as a Markdown link in the forms: nothing in a name may close the link or open another.
        String base = name.replaceAll("[\\\\/\\r\\n\"\\[\\]()<>`*_]", "_").trim();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
