package ru.sferumworkflow.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import ru.sferumworkflow.platform.Settings;

/** For the models: how a failed mail step is retried — {@code ${mailSettings.retryCycle}} (SFERUM_MAIL_RETRY_CYCLE). */
@ApplicationScoped
@Named("mailSettings")
public class MailSettings {

    public String getRetryCycle() {
        return Settings.MAIL_RETRY_CYCLE.get();
    }
}
