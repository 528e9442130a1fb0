package ru.sferumworkflow.onboarding;

import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;

import org.jsoup.Jsoup;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.Settings;

/**
 * Reads the college's mailbox over IMAP (when SFERUM_IMAP_HOST is set) every SFERUM_IMAP_POLL_SECONDS and hands
 * the platform's replies to the waiting registration requests. Only a letter that was handed over is marked as
 * read; all other mail — other senders, requests no longer waiting, letters that cannot be read — stays as it was.
 * A dedicated mailbox is best: every unread letter's headers are read at each poll.
 */
@Singleton
@Startup
public class SferumReplyPoller {

    private static final Logger LOG = Logger.getLogger(SferumReplyPoller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    RegistrationRequests requests;

    /**
     * Why the last poll could not read the mailbox, or null after a good one: an outage is logged once when it begins
     * (and again only if its cause changes) and once when it ends, not at every poll — at a poll every few seconds the
     * same warning would bury everything else in the log.
     */
    private String failure;

    @PostConstruct
    void schedule() {
        if (Settings.IMAP_HOST.value().isEmpty()) {
            LOG.info("Почтовый ящик для ответов Сферума не настроен (SFERUM_IMAP_HOST): ответы вносятся вручную");
            return;
        }
        long interval = Settings.IMAP_POLL_SECONDS.positiveInt() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("sferum-replies", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one engine transaction per reply
    void poll() {
        boolean ssl = Settings.IMAP_SSL.isOn();
        String protocol = ssl ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(Settings.IMAP_HOST.get(), Settings.IMAP_PORT.positiveInt(),
                    Settings.IMAP_USER.get(), Settings.IMAP_PASSWORD.value().orElse(""));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    try {
                        handle(message);
                    } catch (MessagingException | RuntimeException unreadable) {
                        LOG.log(Level.WARNING, "Письмо в ящике ответов Сферума пропущено: " + unreadable.getMessage());
                    }
                }
            } finally {
                inbox.close(false);
            }
            if (failure != null) {
                LOG.info("Почтовый ящик ответов Сферума снова доступен");
                failure = null;
            }
        } catch (MessagingException | RuntimeException e) {
            String cause = String.valueOf(e.getMessage());
            if (!cause.equals(failure)) {
                LOG.warning("Не удалось прочитать почтовый ящик ответов Сферума: " + cause
                        + " (следующие такие же ошибки не пишутся, пока ящик недоступен)");
            }
            failure = cause;
        }
    }

    private void handle(Message message) throws MessagingException {
        Optional<String> reference = SferumReplies.reference(message.getSubject());
        Address[] from = message.getFrom();
        String sender = from != null && from.length == 1 && from[0] instanceof InternetAddress address ? address.getAddress() : null;
        if (reference.isEmpty() || !SferumReplies.fromPlatform(sender)) {
            return;
        }
        boolean delivered = SferumReplies.deliver(bootstrap.processEngine().getRuntimeService(), requests,
                reference.get(), message.getSubject(), text(message));
        if (delivered) {
            message.setFlag(Flags.Flag.SEEN, true);
        }
    }

    /** The letter's plain text: its text/plain part; for a letter in HTML only, the text of the HTML. */
    private static String text(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.isMimeType("text/html")) {
                return Jsoup.parse(part.getContent().toString()).wholeText().strip();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                String html = "";
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String text = text(body);
                    if (!text.isEmpty() && !body.isMimeType("text/html")) {
                        return text;
                    }
                    html = html.isEmpty() ? text : html;
                }
                return html;
            }
            return "";
        } catch (IOException e) {
            return "";
        }
    }
}
