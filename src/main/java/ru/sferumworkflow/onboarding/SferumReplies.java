package ru.sferumworkflow.onboarding;

import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A letter from the mailbox that answers a registration request: its subject carries the request's
 * reference (СФЕРУМ-2026-0001, usually after «Re:»). It ends the wait for the answer of that request;
 * the administrator then reads it in «Разобрать ответ Сферума».
 */
public final class SferumReplies {

    static final Pattern REFERENCE = Pattern.compile("СФЕРУМ-\\d{4}-\\d{4}");
    static final int MAX_TEXT = 4000;

    private static final Logger LOG = Logger.getLogger(SferumReplies.class.getName());

    private SferumReplies() {
    }

    public static Optional<String> reference(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** True when a request was waiting for this reply; false when none was (already answered, unknown). */
    public static boolean deliver(RuntimeService runtime, String reference, String subject, String text) {
        String body = text == null ? "" : text.strip();
        try {
            runtime.createMessageCorrelation(RegistrationVariables.REPLY_MESSAGE)
                    .processInstanceVariableEquals(RegistrationVariables.REFERENCE, reference)
                    .setVariable(RegistrationVariables.REPLY_SUBJECT, subject)
                    .setVariable(RegistrationVariables.REPLY_TEXT, body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) + "…" : body)
                    .correlateWithResult();
            LOG.info("Ответ платформы по заявке " + reference + " получен по почте");
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            LOG.info("Письмо по заявке " + reference + ": эта заявка ответа уже не ждёт");
            return false;
        }
    }
}
