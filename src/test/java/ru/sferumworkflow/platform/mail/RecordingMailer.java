package ru.sferumworkflow.platform.mail;

import java.util.ArrayList;
import java.util.List;

/** The letters a process test sent; can play a mail server that is down. */
public class RecordingMailer implements Mailer {

    private final List<OutgoingMail> sent = new ArrayList<>();
    private boolean down;

    @Override
    public void send(OutgoingMail mail) {
        if (down) {
            throw new IllegalStateException("Почтовый сервер не принял письмо: сервер недоступен");
        }
        sent.add(mail);
    }

    public void serverDown(boolean down) {
        this.down = down;
    }

    public List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
        down = false;
    }
}
