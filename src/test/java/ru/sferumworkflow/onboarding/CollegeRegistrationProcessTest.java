package ru.sferumworkflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static ru.sferumworkflow.onboarding.OnboardingEngine.COLLEGES;
import static ru.sferumworkflow.onboarding.OnboardingEngine.ENGINE;
import static ru.sferumworkflow.onboarding.OnboardingEngine.MAILER;
import static ru.sferumworkflow.onboarding.OnboardingEngine.REQUESTS;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.platform.mail.OutgoingMail;

/** «Регистрация Техникума на ИКОП «Сферум»» on every path: answer by task or by mail, refusal, timers, SMTP down. */
@Deployment(resources = {
        "processes/onboarding/college-registration.bpmn",
        "processes/onboarding/sferum-answer.form",
        "processes/onboarding/sferum-reply.form",
        "processes/onboarding/correct-registration-request.form",
        "processes/onboarding/no-answer-escalation.form",
        "processes/onboarding/register-on-platform.form",
        "processes/onboarding/college-details.form",
        "processes/onboarding/create-staff-room.form",
        "processes/onboarding/create-class.form",
        "processes/onboarding/create-system-channels.form"})
class CollegeRegistrationProcessTest {

    static final String COLLEGE = "college";
    /** Friday 27 November 2026, 10:00 Moscow time. */
    static final OffsetDateTime SENT = OffsetDateTime.of(2026, 11, 27, 7, 0, 0, 0, ZoneOffset.UTC);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

    AppointmentOrder order;

    @BeforeEach
    void approvedOrder() {
        BpmnAwareTests.init(ENGINE);
        OnboardingEngine.clear();
        ClockUtil.setCurrentTime(Date.from(SENT.toInstant()));
        order = AppointmentOrderPdfTest.order();
        order.approve("director", SENT.minusDays(1));
        Document pdf = new Document(COLLEGE, StoreOrderDocument.KIND, "Приказ № 45-ОД от 27.11.2026.pdf", Document.PDF,
                new byte[] {'%', 'P', 'D', 'F'}, SENT);
        OnboardingEngine.DOCUMENTS.save(pdf);
        order.attachDocument(pdf.id());
        OnboardingEngine.ORDERS.save(order);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        ENGINE.getIdentityService().clearAuthentication();
    }

    @Test
    void theRequestGoesToThePlatformWithTheOrderAndTheAdministratorsContacts() {
        ProcessInstance registration = startAndSend();

        assertThat(MAILER.sent()).hasSize(1);
        OutgoingMail mail = MAILER.sent().get(0);
        assertThat(mail.to()).isEqualTo("info@sferum.ru");
        assertThat(mail.subject()).contains("Заявка на регистрацию Техникума на ИКОП «Сферум»", "[СФЕРУМ-2026-0001]");
        assertThat(mail.text()).contains("Кузнецова Анна Сергеевна", "a.kuznetsova@college.ru", "+79123456789",
                "приказом № 45-ОД от 27.11.2026");
        assertThat(mail.attachments()).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("Приказ № 45-ОД от 27.11.2026.pdf"))
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("application/pdf"));
        RegistrationRequest request = REQUESTS.all().get(0);
        assertThat(request.status()).isEqualTo(RegistrationStatus.SENT);
        assertThat(request.reference()).isEqualTo("СФЕРУМ-2026-0001");
        BpmnAwareTests.assertThat(registration).isWaitingAt("enterSferumAnswer");
        BpmnAwareTests.assertThat(task(registration)).hasCandidateGroup("administrators");
    }

    @Test
    void aConfirmedAnswerLeadsThroughEverySetUpStepWhichIsRecorded() {
        ProcessInstance registration = startAndSend();
        answer(registration, "confirmed", "");
        BpmnAwareTests.assertThat(registration).isWaitingAt("registerOnPlatform");

        assertThatThrownBy(() -> complete(registration, Map.of("registeredPhone", "+7 999 000-00-00", "stepDone", true)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("не совпадает с номером из заявки").hasMessageNotContaining("+79123456789");
        complete(registration, Map.of("registeredPhone", "8 912 345-67-89", "stepDone", true));

        BpmnAwareTests.assertThat(registration).isWaitingAt("enterCollegeDetails");
        Map<String, Object> details = new HashMap<>(Map.of("collegeName", "ГБПОУ «Политехнический техникум № 1»",
                "collegeShortName", "ПТ № 1", "collegeAddress", "г. Пермь, ул. Ленина, 1", "collegeSite", "pt1.ru",
                "collegeEmail", "Info@PT1.ru", "groupCodes", "ИС-21\n ТМ-22 \n\nИС-21", "stepDone", true));
        complete(registration, details);
        College college = COLLEGES.find(COLLEGE).orElseThrow();
        assertThat(college.structureGroups()).containsExactly("ИС-21", "ТМ-22");
        // A client that empties the list in the next form changes nothing: the list is the college's.
        ENGINE.getRuntimeService().setVariable(registration.getId(), "groupCodes", "");
        assertThat(college.name()).isEqualTo("ГБПОУ «Политехнический техникум № 1»");
        assertThat(college.site()).isEqualTo("https://pt1.ru");
        assertThat(college.email()).isEqualTo("info@pt1.ru");

        BpmnAwareTests.assertThat(registration).isWaitingAt("createStaffRoom");
        assertThatThrownBy(() -> complete(registration, Map.of("stepDone", false)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Отметьте, что шаг выполнен");
        complete(registration, Map.of("stepDone", true));

        List<Task> classes = ENGINE.getTaskService().createTaskQuery().processInstanceId(registration.getId())
                .taskDefinitionKey("createClass").list();
        assertThat(classes).extracting(Task::getName).containsExactlyInAnyOrder("Создать класс ИС-21", "Создать класс ТМ-22");
        for (Task createClass : classes) {
            BpmnAwareTests.assertThat(registration).isWaitingAt("createClass");
            ENGINE.getIdentityService().setAuthentication("sferum-admin", List.of("administrators"), List.of(COLLEGE));
            ENGINE.getFormService().submitTaskForm(createClass.getId(), Map.of("stepDone", true));
        }
        BpmnAwareTests.assertThat(registration).isWaitingAt("createSystemChannels");
        complete(registration, Map.of("stepDone", true));

        BpmnAwareTests.assertThat(registration).isEnded().hasPassed("completeOnboarding", "collegeOnboarded");
        assertThat(college.onboardedAt()).isNotNull();
        assertThat(COLLEGES.steps(COLLEGE)).extracting(OnboardingStep::title).containsExactly(
                "Зарегистрироваться на платформе", "Внести сведения о Техникуме", "Создать класс «Учительская»",
                "Создать класс ИС-21", "Создать класс ТМ-22", "Создать системные каналы");
        assertThat(COLLEGES.steps(COLLEGE)).allSatisfy(step -> assertThat(step.doneBy()).isEqualTo("sferum-admin"));
        assertThat(REQUESTS.all().get(0).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(REQUESTS.all().get(0).answeredBy()).isEqualTo("sferum-admin");
    }

    @Test
    void aReplyByMailEndsTheWaitAndTheAdministratorReadsIt() {
        ProcessInstance registration = startAndSend();

        boolean delivered = SferumReplies.deliver(ENGINE.getRuntimeService(), REQUESTS, "СФЕРУМ-2026-0001",
                "Re: Заявка на регистрацию [СФЕРУМ-2026-0001]", "Техникум зарегистрирован. Служба поддержки.");

        assertThat(delivered).isTrue();
        BpmnAwareTests.assertThat(registration).isWaitingAt("reviewSferumReply");
        assertThat(ENGINE.getTaskService().createTaskQuery().taskDefinitionKey("enterSferumAnswer").count()).isZero();
        assertThat(ENGINE.getManagementService().createJobQuery().timers().count()).as("no reminder any more").isZero();
        assertThat(ENGINE.getRuntimeService().getVariable(registration.getId(), "replyText"))
                .isEqualTo("Техникум зарегистрирован. Служба поддержки.");
        assertThat(SferumReplies.deliver(ENGINE.getRuntimeService(), REQUESTS, "СФЕРУМ-2026-0001", "Re: again", ""))
                .as("a second reply finds nobody waiting").isFalse();
        assertThat(SferumReplies.deliver(ENGINE.getRuntimeService(), REQUESTS, "СФЕРУМ-2026-0999", "Re:", ""))
                .as("an unknown reference").isFalse();

        answer(registration, "confirmed", "");
        BpmnAwareTests.assertThat(registration).isWaitingAt("registerOnPlatform");
        assertThat(REQUESTS.all().get(0).answerSource()).isEqualTo("email");
    }

    @Test
    void anAutomaticReplyIsSetAsideAndTheRequestWaitsOn() {
        ProcessInstance registration = startAndSend();
        SferumReplies.deliver(ENGINE.getRuntimeService(), REQUESTS, "СФЕРУМ-2026-0001", "Автоответ [СФЕРУМ-2026-0001]",
                "Ваше обращение зарегистрировано.");
        complete(registration, Map.of("sferumAnswer", "notAnswer"));

        BpmnAwareTests.assertThat(registration).isWaitingAt("enterSferumAnswer");
        assertThat(ENGINE.getRuntimeService().getVariables(registration.getId())).doesNotContainKeys("replyText", "replySubject");
        assertThat(REQUESTS.all().get(0).status()).isEqualTo(RegistrationStatus.SENT);
        assertThatThrownBy(() -> answer(registration, "notAnswer", "")).as("only a letter can be set aside")
                .isInstanceOf(FormFieldValidationException.class);

        assertThat(SferumReplies.deliver(ENGINE.getRuntimeService(), REQUESTS, "СФЕРУМ-2026-0001", "Re: [СФЕРУМ-2026-0001]",
                "Зарегистрирован.")).as("the real answer still finds the request").isTrue();
        BpmnAwareTests.assertThat(registration).isWaitingAt("reviewSferumReply");
    }

    @Test
    void aRefusalIsCorrectedAndSentAgainUnderANewReference() {
        ProcessInstance registration = startAndSend();
        assertThatThrownBy(() -> answer(registration, "refused", ""))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("причину отказа");
        answer(registration, "refused", "Приказ не подписан");

        BpmnAwareTests.assertThat(registration).isWaitingAt("correctRegistrationRequest");
        assertThatThrownBy(() -> complete(registration, Map.of("coverNote", " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("что исправлено");
        complete(registration, Map.of("coverNote", "Приложен подписанный приказ"));
        executeJobs(2);

        assertThat(REQUESTS.all()).extracting(RegistrationRequest::reference, RegistrationRequest::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("СФЕРУМ-2026-0001", RegistrationStatus.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("СФЕРУМ-2026-0002", RegistrationStatus.SENT));
        assertThat(MAILER.sent()).hasSize(2);
        assertThat(MAILER.sent().get(1).subject()).contains("[СФЕРУМ-2026-0002]");
        assertThat(MAILER.sent().get(1).text()).contains("Приложен подписанный приказ");
        BpmnAwareTests.assertThat(registration).isWaitingAt("enterSferumAnswer");
    }

    @Test
    void noAnswerMeansAReminderAfterThreeWorkingDaysAndTheDirectorAfterTen() {
        ProcessInstance registration = startAndSend();
        List<Job> timers = ENGINE.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().list();
        // Sent on Friday 27.11 at 10:00 MSK: three working days is Wednesday 02.12, ten is Friday 11.12.
        assertThat(timers).extracting(Job::getDuedate).containsExactly(
                Date.from(OffsetDateTime.of(2026, 12, 2, 7, 0, 0, 0, ZoneOffset.UTC).toInstant()),
                Date.from(OffsetDateTime.of(2026, 12, 11, 7, 0, 0, 0, ZoneOffset.UTC).toInstant()));

        ENGINE.getManagementService().executeJob(timers.get(0).getId());
        executeJobs(1);
        assertThat(MAILER.sent()).hasSize(2);
        assertThat(MAILER.sent().get(1).to()).isEqualTo("a.kuznetsova@college.ru");
        assertThat(MAILER.sent().get(1).subject()).isEqualTo("Нет ответа Сферума на заявку СФЕРУМ-2026-0001");

        ENGINE.getManagementService().executeJob(timers.get(1).getId());
        Task escalation = ENGINE.getTaskService().createTaskQuery().taskDefinitionKey("noAnswerEscalation").singleResult();
        assertThat(escalation.getName()).isEqualTo("Нет ответа Сферума на заявку");
        assertThat(ENGINE.getTaskService().createTaskQuery().taskCandidateGroup("director").count()).isEqualTo(1);
        BpmnAwareTests.assertThat(registration).isWaitingAt("enterSferumAnswer", "noAnswerEscalation");

        // The answer ends the wait, and with it the director's task: nothing is left hanging.
        answer(registration, "confirmed", "");
        assertThat(ENGINE.getTaskService().createTaskQuery().taskCandidateGroup("director").count()).isZero();
        BpmnAwareTests.assertThat(registration).isWaitingAt("registerOnPlatform");
    }

    @Test
    void aMailServerThatIsDownMakesRetriesThenAnIncidentAndTheLetterGoesOutOnceAfterwards() {
        ProcessInstance registration = start();
        executeJobs(1); // prepared
        MAILER.serverDown(true);
        Job send = ENGINE.getManagementService().createJobQuery().processInstanceId(registration.getId()).singleResult();
        int attempts = 0;
        while (ENGINE.getRuntimeService().createIncidentQuery().processInstanceId(registration.getId()).count() == 0) {
            assertThatThrownBy(() -> ENGINE.getManagementService().executeJob(send.getId()))
                    .hasMessageContaining("Почтовый сервер не принял письмо");
            attempts++;
            assertThat(attempts).as("retries end in an incident").isLessThanOrEqualTo(10);
        }
        // SFERUM_MAIL_RETRY_CYCLE R5/PT10M: five tries in all, ten minutes apart, then an incident.
        assertThat(attempts).isEqualTo(5);
        assertThat(REQUESTS.all().get(0).status()).as("nothing half-saved").isEqualTo(RegistrationStatus.PREPARED);

        MAILER.serverDown(false);
        ENGINE.getManagementService().setJobRetries(send.getId(), 1);
        ENGINE.getManagementService().executeJob(send.getId());

        assertThat(MAILER.sent()).hasSize(1);
        assertThat(ENGINE.getRuntimeService().createIncidentQuery().count()).isZero();
        BpmnAwareTests.assertThat(registration).isWaitingAt("enterSferumAnswer");
    }

    @Test
    void aCancelledRegistrationMarksItsRequestCancelled() {
        ProcessInstance registration = startAndSend();
        ENGINE.getIdentityService().clearAuthentication();
        ENGINE.getRuntimeService().deleteProcessInstance(registration.getId(), "заявка подана ошибочно");

        assertThat(REQUESTS.all()).singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(RegistrationStatus.CANCELLED));
    }

    private ProcessInstance start() {
        return ENGINE.getRuntimeService().createMessageCorrelation(StartCollegeRegistration.MESSAGE)
                .setVariable("orderId", order.id())
                .setVariable("collegeId", COLLEGE)
                .correlateStartMessage();
    }

    private ProcessInstance startAndSend() {
        ProcessInstance registration = start();
        executeJobs(2);
        return registration;
    }

    private static void executeJobs(int count) {
        for (int i = 0; i < count; i++) {
            Job job = ENGINE.getManagementService().createJobQuery().messages().active().singleResult();
            ENGINE.getManagementService().executeJob(job.getId());
        }
    }

    private static void answer(ProcessInstance registration, String answer, String comment) {
        complete(registration, Map.of("sferumAnswer", answer, "answerDate", "2026-11-27", "answerComment", comment));
    }

    private static void complete(ProcessInstance registration, Map<String, Object> form) {
        ENGINE.getIdentityService().setAuthentication("sferum-admin", List.of("administrators"), List.of(COLLEGE));
        Task task = ENGINE.getTaskService().createTaskQuery().processInstanceId(registration.getId())
                .taskCandidateGroup("administrators").singleResult();
        ENGINE.getFormService().submitTaskForm(task.getId(), new HashMap<>(form));
    }
}
