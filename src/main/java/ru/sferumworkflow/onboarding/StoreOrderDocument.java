package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.documents.Documents;
import ru.sferumworkflow.platform.Clock;

/** «Сохранить приказ в PDF»: the approved order becomes a document kept with it, once. */
@Dependent
@Named("storeOrderDocument")
public class StoreOrderDocument implements JavaDelegate {

    static final String KIND = "APPOINTMENT_ORDER";

    private final AppointmentOrders orders;
    private final Documents documents;
    private final OrderContext context;

    @Inject
    public StoreOrderDocument(AppointmentOrders orders, Documents documents, OrderContext context) {
        this.orders = orders;
        this.documents = documents;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppointmentOrder order = orders.findByProcessInstance(execution.getProcessInstanceId()).orElseThrow();
        if (order.documentId() != null) {
            return;
        }
        byte[] pdf = AppointmentOrderPdf.render(order, context.of(order, execution.getProcessEngineServices()));
        Document document = new Document(order.collegeId(), KIND, AppointmentOrderPdf.fileName(order), Document.PDF,
                pdf, Clock.now());
        documents.save(document);
        order.attachDocument(document.id());
        orders.save(order);
    }
}
