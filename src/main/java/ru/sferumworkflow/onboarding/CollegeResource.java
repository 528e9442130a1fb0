package ru.sferumworkflow.onboarding;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;

/**
 * The caller's college as entered on the platform, with its onboarding steps: GET /sferum/api/college; and its
 * correction by a platform administrator (seed §20.1 «вносит, редактирует информацию о Техникуме»): PUT.
 */
@Path("college")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CollegeResource {

    @Inject
    Caller caller;

    @Inject
    Colleges colleges;

    /** The college's data and onboarding as the REST API shows them. */
    public record CollegeView(String id, String name, String shortName, String address, String site, String email,
            List<String> groups, String onboardedAt, String updatedBy, List<StepView> steps) {
    }

    /** One done onboarding step. */
    public record StepView(String title, String detail, String doneBy, String doneAt) {
    }

    /** What an administrator sends to correct the college's data. */
    public record CollegeChange(String name, String shortName, String address, String site, String email,
            List<String> groups) {
    }

    @GET
    public CollegeView get() {
        caller.requireAnyOf("сведения о Техникуме", WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.ADMINISTRATORS, WorkflowGroup.AUDITORS);
        return view(colleges.find(caller.college()).orElseThrow(() -> ApiErrors.notFound("Сведения о Техникуме ещё не внесены.")));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public CollegeView change(CollegeChange change) {
        String user = caller.requireAnyOf("изменять сведения о Техникуме", WorkflowGroup.ADMINISTRATORS);
        if (change == null) {
            throw ApiErrors.badRequest("Пришлите сведения о Техникуме в JSON: name, shortName, address, site, email, groups.");
        }
        CollegeDetails details;
        try {
            details = CollegeDetailsValidator.validate(change.name(), change.shortName(), change.address(), change.site(),
                    change.email(), change.groups() == null ? List.of() : change.groups().stream().map(String::trim)
                            .filter(group -> !group.isEmpty()).distinct().toList());
        } catch (FormFieldValidationException e) {
            throw ApiErrors.badRequest(e.getMessage());
        }
        College college = colleges.find(caller.college()).orElseThrow(() -> ApiErrors.notFound(
                "Сведения о Техникуме ещё не внесены: их вносят в задаче «Внести сведения о Техникуме»."));
        college.describe(details, user, Clock.now());
        colleges.save(college);
        return view(college);
    }

    private CollegeView view(College college) {
        List<StepView> steps = colleges.steps(college.id()).stream()
                .map(step -> new StepView(step.title(), step.detail(), step.doneBy(), JsonTime.of(step.doneAt())))
                .toList();
        return new CollegeView(college.id(), college.name(), college.shortName(), college.address(), college.site(),
                college.email(), college.structureGroups(),
                JsonTime.of(college.onboardedAt()), college.updatedBy(), steps);
    }
}
