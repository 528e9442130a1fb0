package ru.sferumworkflow.onboarding;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

import ru.sferumworkflow.documents.InMemoryDocuments;
import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.platform.mail.MailSettings;
import ru.sferumworkflow.platform.mail.RecordingMailer;

/**
 * One engine for the onboarding process tests, with every delegate of processes/onboarding wired to
 * in-memory tables and a recording mailer.
 */
final class OnboardingEngine {

    static final InMemoryAppointmentOrders ORDERS = new InMemoryAppointmentOrders();
    static final InMemoryRegistrationRequests REQUESTS = new InMemoryRegistrationRequests();
    static final InMemoryColleges COLLEGES = new InMemoryColleges();
    static final InMemoryDocuments DOCUMENTS = new InMemoryDocuments();
    static final RecordingMailer MAILER = new RecordingMailer();

    static final ProcessEngine ENGINE = TestProcessEngine.create("onboarding-test", beans());

    private OnboardingEngine() {
    }

    private static Map<Object, Object> beans() {
        OrderContext context = new OrderContext(COLLEGES);
        GroupList groupList = new GroupList(COLLEGES);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("orderDraftCheck", new OrderDraftCheck(ORDERS));
        beans.put("directorDecisionCheck", new DirectorDecisionCheck(ORDERS));
        beans.put("orderDrafter", new OrderDrafter(ORDERS));
        beans.put("orderWithdrawal", new OrderWithdrawal(ORDERS));
        beans.put("recordOrderDecision", new RecordOrderDecision(ORDERS));
        beans.put("storeOrderDocument", new StoreOrderDocument(ORDERS, DOCUMENTS, context));
        beans.put("startCollegeRegistration", new StartCollegeRegistration(ORDERS));
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("prepareRegistrationRequest", new PrepareRegistrationRequest(ORDERS, REQUESTS));
        beans.put("sendRegistrationRequest", new SendRegistrationRequest(REQUESTS, ORDERS, DOCUMENTS, context, MAILER));
        beans.put("sendAnswerReminder", new SendAnswerReminder(REQUESTS, ORDERS, context, MAILER));
        beans.put("sferumAnswerCheck", new SferumAnswerCheck(REQUESTS));
        beans.put("correctionCheck", new CorrectionCheck());
        beans.put("registrationPhoneCheck", new RegistrationPhoneCheck(ORDERS, REQUESTS));
        beans.put("collegeDetailsCheck", new CollegeDetailsCheck(COLLEGES, groupList));
        beans.put("recordOnboardingStep", new RecordOnboardingStep(COLLEGES));
        beans.put("completeOnboarding", new CompleteOnboarding(COLLEGES));
        beans.put("registrationCancellation", new RegistrationCancellation(REQUESTS));
        beans.put("groupList", groupList);
        beans.put("workingDays", new WorkingDays());
        beans.put("mailSettings", new MailSettings());
        return beans;
    }

    static void clear() {
        ORDERS.clear();
        REQUESTS.clear();
        COLLEGES.clear();
        DOCUMENTS.clear();
        MAILER.clear();
    }
}
