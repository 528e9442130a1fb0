package ru.sferumworkflow.onboarding;

import java.util.Date;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.documents.Documents;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.platform.mail.OutgoingMail;

/**
 * «Отправить заявку в Сферум»: one letter to the platform's support address with the order's PDF.
 * An asynchronous step with a retry cycle in the model: a mail server that is down makes the job fail,
 * retry and at last become an incident; the letter goes out once the incident is resolved. A request
 * already marked as sent is never sent again.
 */
@Dependent
@Named("sendRegistrationRequest")
public class SendRegistrationRequest implements JavaDelegate {

    private final RegistrationRequests requests;
    private final AppointmentOrders orders;
    private final Documents documents;
    private final OrderContext context;
    private final Mailer mailer;

    @Inject
    public SendRegistrationRequest(RegistrationRequests requests, AppointmentOrders orders, Documents documents,
            OrderContext context, Mailer mailer) {
        this.requests = requests;
        this.orders = orders;
        this.documents = documents;
        this.context = context;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationRequest request = requests.latestOfProcess(execution.getProcessInstanceId()).orElseThrow();
        if (!request.isSent()) {
            AppointmentOrder order = orders.find(request.orderId()).orElseThrow();
            Document pdf = documents.find(order.documentId())
                    .orElseThrow(() -> new IllegalStateException("У приказа № " + order.number() + " нет PDF"));
            OutgoingMail mail = RegistrationMail.request(request, order, pdf, context.collegeName(order.collegeId()));
            // Nothing is written before the letter is taken: a refusal of the mail server leaves the request
            // as it was, and the retried job sends it then. The Message-ID is fixed per request, so even a
            // letter sent twice (the rare commit failure after sending) is recognisably the same letter.
            mailer.send(mail);
            request.markSent(mail.messageId(), Clock.now());
            requests.save(request);
        }
        execution.setVariable(RegistrationVariables.SENT_AT, Date.from(request.sentAt().toInstant()));
    }
}
