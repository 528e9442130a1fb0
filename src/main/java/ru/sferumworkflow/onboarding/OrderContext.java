package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngineServices;

import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.platform.UserNames;

/** What an order's document and letters say beyond the order itself: the college's name, the director. */
@Dependent
public class OrderContext {

    private final Colleges colleges;

    @Inject
    public OrderContext(Colleges colleges) {
        this.colleges = colleges;
    }

    public AppointmentOrderPdf.Context of(AppointmentOrder order, ProcessEngineServices engine) {
        return new AppointmentOrderPdf.Context(collegeName(order.collegeId()), Settings.MESSENGER_NAME.get(),
                Settings.SUPPORT_ADDRESS.get(), UserNames.fullName(engine, order.decidedBy()));
    }

    /** The name the administrator entered on the platform, else the one configured for the installation. */
    public String collegeName(String collegeId) {
        return colleges.find(collegeId).map(College::name).filter(name -> name != null && !name.isBlank())
                .orElse(Settings.COLLEGE_NAME.get());
    }
}
