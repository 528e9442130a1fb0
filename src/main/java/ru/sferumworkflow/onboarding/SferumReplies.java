package ru.sferumworkflow.onboarding;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

import ru.sferumworkflow.platform.Settings;

/**
 * A letter from the mailbox that answers a registration request: it comes from the platform's domain (the domain of
 * SFERUM_SUPPORT_ADDRESS) and its subject carries the request's reference (СФЕРУМ-2026-0001, usually after «Re:»).
 * It ends the wait of the request that reference names — found in our table, not by a process variable — and the
 * administrator then reads it in «Разобрать ответ Сферума».
 */
public final class SferumReplies {

    static final Pattern REFERENCE = Pattern.compile("СФЕРУМ-\\d{4}-\\d{4}");
    /** A text variable holds 4,000 characters: the reply is cut to that, with «…» counted in. */
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

    /** True for a sender on the platform's own domain; anyone else cannot answer for the platform. */
    public static boolean fromPlatform(String senderAddress) {
        if (senderAddress == null) {
            return false;
        }
        String support = Settings.SUPPORT_ADDRESS.get().toLowerCase(Locale.ROOT);
        String sender = senderAddress.trim().toLowerCase(Locale.ROOT);
        return sender.endsWith("@" + support.substring(support.indexOf('@') + 1));
    }

    /**
     * Hands the reply to the request that waits for it. False when no request waits for this reference (already
     * answered, or unknown): the letter is then left for people to read.
     */
    public static boolean deliver(RuntimeService runtime, RegistrationRequests requests, String reference,
            String subject, String text) {
        Optional<RegistrationRequest> request = requests.findByReference(reference);
        if (request.isEmpty() || request.get().status() != RegistrationStatus.SENT) {
            LOG.fine(() -> "Письмо по заявке " + reference + ": эта заявка ответа не ждёт");
            return false;
        }
        String body = text == null ? "" : text.strip();
        try {
            runtime.createMessageCorrelation(RegistrationVariables.REPLY_MESSAGE)
                    .processInstanceId(request.get().processInstanceId())
                    .setVariable(RegistrationVariables.REPLY_SUBJECT, subject)
                    .setVariable(RegistrationVariables.REPLY_TEXT,
                            body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT - 1) + "…" : body)
                    .correlateWithResult();
            LOG.info("Ответ платформы по заявке " + reference + " получен по почте");
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            LOG.fine(() -> "Письмо по заявке " + reference + ": заявка сейчас не ждёт ответа");
            return false;
        }
    }
}
