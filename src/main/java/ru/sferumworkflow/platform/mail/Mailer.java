package ru.sferumworkflow.platform.mail;

/** Sends letters; fails with an exception when the mail server does not take the letter. */
public interface Mailer {

    void send(OutgoingMail mail);
}
