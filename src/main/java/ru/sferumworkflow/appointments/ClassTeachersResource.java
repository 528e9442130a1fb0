package ru.sferumworkflow.appointments;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.variable.Variables;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.ProcessStarts;
import ru.sferumworkflow.roster.CsvTable;
import ru.sferumworkflow.validation.Refusal;

/**
 * The director's distribution of class teachers as a CSV file («Группа;Классный руководитель»): the same process
 * and checks as the Tasklist form, started by the caller.
 */
@Path("class-teachers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ClassTeachersResource {

    /** As the form's field: a distribution is read by the director, not a bulk import. */
    static final int MAX_BYTES = 50_000;

    @Inject
    Caller caller;

    @Inject
    ProcessEngineBootstrap bootstrap;

    public record Started(String processInstanceId) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Transactional
    public Response propose(InputStream body) {
        caller.requireAnyOf("вносить распределение классного руководства", WorkflowGroup.DIRECTOR,
                WorkflowGroup.ADMINISTRATION, WorkflowGroup.ADMINISTRATORS);
        caller.college();
        String text = CsvTable.decode(read(body));
        String id = ProcessStarts.start(bootstrap.processEngine(), AppointmentVariables.DISTRIBUTION_PROCESS,
                // Only for the start (a transient variable): a file may be longer than the engine keeps a text.
                Map.<String, Object>of(AppointmentVariables.DISTRIBUTION, Variables.stringValue(text, true)),
                "Нет доступа: распределение вносят директор, заместители и администраторы Сферума.");
        return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            throw new Refusal("Пришлите файл CSV «Группа;Классный руководитель» в теле запроса.");
        }
        try (InputStream in = body) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new Refusal("Файл больше 50 КБ: распределение — это строка на группу; разделите его на части.");
            }
            if (content.length == 0) {
                throw new Refusal("Файл пустой: по строке на группу — «код группы; классный руководитель».");
            }
            return content;
        } catch (IOException e) {
            throw new Refusal("Файл не дошёл до сервера целиком: отправьте его ещё раз.");
        }
    }
}
