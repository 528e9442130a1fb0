package ru.sferumworkflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.Clock;

/** «Приказ о назначении администратора Сферума», walked as Tasklist would: start form, task forms. */
@Deployment(resources = {
        "processes/onboarding/appointment-order.bpmn",
        "processes/onboarding/appointment-order-draft.form",
        "processes/onboarding/appointment-order-approval.form",
        "processes/onboarding/college-registration.bpmn"})
class AppointmentOrderProcessTest {

    static final String COLLEGE = "college";
    static final InMemoryAppointmentOrders ORDERS = OnboardingEngine.ORDERS;

    static ProcessEngine ENGINE = OnboardingEngine.ENGINE;

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

    @BeforeEach
    void init() {
        BpmnAwareTests.init(ENGINE);
        OnboardingEngine.clear();
    }

    @AfterEach
    void logout() {
        ENGINE.getIdentityService().clearAuthentication();
    }

    @Test
    void theDirectorApprovesTheDraft() {
        ProcessInstance order = startAsDeputy(draft());

        BpmnAwareTests.assertThat(order).isWaitingAt("approveOrder");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup("director").isNotAssigned();
        assertThat(order.getTenantId()).isEqualTo(COLLEGE);
        AppointmentOrder row = onlyOrder();
        assertThat(row.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(row.adminPhone()).isEqualTo("+79123456789");
        assertThat(row.adminEmail()).isEqualTo("a.kuznetsova@college.ru");
        assertThat(row.adminFullName()).isEqualTo("Кузнецова Анна Сергеевна");
        assertThat(row.draftedBy()).isEqualTo("deputy");
        assertThat(ENGINE.getRuntimeService().getVariable(order.getId(), "adminPhone")).isEqualTo("+79123456789");

        decideAsDirector(order, Map.of("directorDecision", "approve"));

        // The director's approval is committed; the PDF is the next, asynchronous step.
        BpmnAwareTests.assertThat(order).isWaitingAt("storeOrderDocument");
        BpmnAwareTests.execute(BpmnAwareTests.job());
        BpmnAwareTests.assertThat(order).isEnded().hasPassed("recordOrderDecision", "storeOrderDocument", "orderApproved");
        assertThat(row.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(OnboardingEngine.DOCUMENTS.find(row.documentId())).isPresent();
        ProcessInstance registration = ENGINE.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("collegeRegistration").singleResult();
        assertThat(registration.getTenantId()).isEqualTo(COLLEGE);
        assertThat(ENGINE.getRuntimeService().getVariable(registration.getId(), "orderId")).isEqualTo(row.id());
        assertThat(row.decidedBy()).isEqualTo("director");
        assertThat(row.decidedAt()).isNotNull();
        String completedBy = ENGINE.getHistoryService().createHistoricTaskInstanceQuery()
                .taskDefinitionKey("approveOrder").singleResult().getAssignee();
        assertThat(completedBy).as("the history names who approved").isEqualTo("director");
    }

    @Test
    void aReturnedDraftComesBackToTheDrafterWithTheCommentAndGoesAgainToTheDirector() {
        ProcessInstance order = startAsDeputy(draft());
        decideAsDirector(order, Map.of("directorDecision", "return", "directorComment", "  Укажите полную должность  "));

        BpmnAwareTests.assertThat(order).isWaitingAt("reworkOrder");
        BpmnAwareTests.assertThat(task()).isAssignedTo("deputy");
        assertThat(ENGINE.getTaskService().getVariable(task(order).getId(), "directorComment"))
                .isEqualTo("Укажите полную должность");
        assertThat(onlyOrder().status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(onlyOrder().directorComment()).isEqualTo("Укажите полную должность");

        Map<String, Object> revised = draft();
        revised.put("adminPosition", "преподаватель информатики высшей категории");
        ENGINE.getIdentityService().setAuthentication("deputy", List.of("administration"), List.of(COLLEGE));
        ENGINE.getFormService().submitTaskForm(task(order).getId(), revised);

        BpmnAwareTests.assertThat(order).isWaitingAt("approveOrder");
        assertThat(ENGINE.getRuntimeService().getVariables(order.getId()))
                .doesNotContainKeys("directorComment", "directorDecision");
        assertThat(onlyOrder().status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(onlyOrder().adminPosition()).isEqualTo("преподаватель информатики высшей категории");

        decideAsDirector(order, Map.of("directorDecision", "approve"));
        BpmnAwareTests.assertThat(order).isWaitingAt("storeOrderDocument");
        assertThat(onlyOrder().status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(onlyOrder().directorComment()).isNull();
    }

    @Test
    void badValuesNeverStartTheProcessAndEveryProblemIsNamed() {
        Map<String, Object> bad = draft();
        bad.put("orderNumber", "45 ОД!");
        bad.put("adminFullName", "Anna Kuznetsova");
        bad.put("adminEmail", "a.kuznetsova@college");
        bad.put("adminPhone", "+7 (495) 123-45-67");
        bad.put("orderDate", "29.11.2026");

        assertThatThrownBy(() -> startAsDeputy(bad))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Номер приказа «45 ОД!»")
                .hasMessageContaining("Укажите дату приказа")
                .hasMessageContaining("ФИО администратора")
                .hasMessageContaining("Электронная почта администратора")
                .hasMessageContaining("Телефон администратора");
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(ORDERS.all()).isEmpty();
    }

    @Test
    void anOrderNumberIsUsedOnlyOnce() {
        startAsDeputy(draft());

        assertThatThrownBy(() -> startAsDeputy(draft()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Приказ № 45-ОД уже есть");
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void theDirectorMustSayWhatToFixWhenReturning() {
        ProcessInstance order = startAsDeputy(draft());

        assertThatThrownBy(() -> decideAsDirector(order, Map.of("directorDecision", "return", "directorComment", " ")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Напишите комментарий");
        assertThatThrownBy(() -> decideAsDirector(order, Map.of()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Выберите решение");

        BpmnAwareTests.assertThat(order).isWaitingAt("approveOrder");
        assertThat(onlyOrder().status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void aReworkWithABadPhoneStaysWithTheDrafter() {
        ProcessInstance order = startAsDeputy(draft());
        decideAsDirector(order, Map.of("directorDecision", "return", "directorComment", "Проверьте телефон"));
        Task rework = task(order);

        Map<String, Object> revised = draft();
        revised.put("adminPhone", "912-345");
        ENGINE.getIdentityService().setAuthentication("deputy", List.of("administration"), List.of(COLLEGE));
        assertThatThrownBy(() -> ENGINE.getFormService().submitTaskForm(rework.getId(), revised))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Телефон администратора");

        BpmnAwareTests.assertThat(order).isWaitingAt("reworkOrder");
        assertThat(onlyOrder().status()).isEqualTo(OrderStatus.RETURNED);
    }

    @Test
    void aNumberThatOnlyLooksDifferentIsStillTaken() {
        startAsDeputy(draft());
        Map<String, Object> lookAlike = draft();
        lookAlike.put("orderNumber", "45-oд"); // Latin «o», lower case

        assertThatThrownBy(() -> startAsDeputy(lookAlike))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("уже есть");
    }

    @Test
    void theStartFormTakesOnlyItsOwnFields() {
        Map<String, Object> forged = draft();
        forged.put("orderId", "someone-elses-order");

        assertThatThrownBy(() -> startAsDeputy(forged))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("поля, которых в ней нет: orderId");
        assertThat(ORDERS.all()).isEmpty();
    }

    @Test
    void theReworkGoesToTheAuthorWhateverTheVariablesSay() {
        ProcessInstance order = startAsDeputy(draft());
        ENGINE.getRuntimeService().setVariable(order.getId(), "drafter", "teacher");
        decideAsDirector(order, Map.of("directorDecision", "return", "directorComment", "Исправьте дату"));

        BpmnAwareTests.assertThat(task(order)).isAssignedTo("deputy");
    }

    @Test
    void aForgedOrderIdInTheDirectorsFormChangesNothing() {
        ProcessInstance first = startAsDeputy(draft());
        Map<String, Object> other = draft();
        other.put("orderNumber", "46-ОД");
        ProcessInstance second = startAsDeputy(other);
        String secondOrderId = (String) ENGINE.getRuntimeService().getVariable(second.getId(), "orderId");

        decideAsDirector(first, Map.of("directorDecision", "approve", "orderId", secondOrderId));
        BpmnAwareTests.execute(ENGINE.getManagementService().createJobQuery().processInstanceId(first.getId()).singleResult());

        assertThat(ORDERS.findByNumber(COLLEGE, "45-ОД")).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.APPROVED))
                .satisfies(order -> assertThat(order.documentId()).isNotNull());
        assertThat(ORDERS.findByNumber(COLLEGE, "46-ОД")).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.DRAFT));
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("collegeRegistration")
                .variableValueEquals("orderId", ORDERS.findByNumber(COLLEGE, "45-ОД").get(0).id()).count()).isEqualTo(1);
    }

    @Test
    void nobodyApprovesTheirOwnDraft() {
        ENGINE.getIdentityService().setAuthentication("director", List.of("administration", "director"), List.of(COLLEGE));
        String definitionId = ENGINE.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("appointmentOrder").latestVersion().singleResult().getId();
        ProcessInstance order = ENGINE.getFormService().submitStartForm(definitionId, draft());

        assertThatThrownBy(() -> decideAsDirector(order, Map.of("directorDecision", "approve")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("подготовили вы сами");
        BpmnAwareTests.assertThat(order).isWaitingAt("approveOrder");
    }

    @Test
    void aCancelledDraftIsWithdrawnAndItsNumberFree() {
        ProcessInstance order = startAsDeputy(draft());
        ENGINE.getIdentityService().clearAuthentication();
        ENGINE.getRuntimeService().deleteProcessInstance(order.getId(), "ошибочный проект");

        assertThat(onlyOrder().status()).isEqualTo(OrderStatus.WITHDRAWN);
        startAsDeputy(draft());
        assertThat(ORDERS.all()).hasSize(2);
    }

    private static Map<String, Object> draft() {
        Map<String, Object> form = new HashMap<>();
        form.put("orderNumber", "45-ОД");
        form.put("orderDate", Clock.today().toString());
        form.put("adminFullName", "Кузнецова  Анна Сергеевна");
        form.put("adminPosition", "преподаватель информатики");
        form.put("adminEmail", "A.Kuznetsova@college.ru");
        form.put("adminPhone", "8 (912) 345-67-89");
        return form;
    }

    private static ProcessInstance startAsDeputy(Map<String, Object> form) {
        ENGINE.getIdentityService().setAuthentication("deputy", List.of("administration"), List.of(COLLEGE));
        String definitionId = ENGINE.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("appointmentOrder").latestVersion().singleResult().getId();
        return ENGINE.getFormService().submitStartForm(definitionId, form);
    }

    private static void decideAsDirector(ProcessInstance order, Map<String, Object> decision) {
        ENGINE.getIdentityService().setAuthentication("director", List.of("director"), List.of(COLLEGE));
        ENGINE.getFormService().submitTaskForm(task(order).getId(), new HashMap<>(decision));
    }

    private static AppointmentOrder onlyOrder() {
        assertThat(ORDERS.all()).hasSize(1);
        return ORDERS.all().get(0);
    }
}
