package ru.sferumworkflow.platform.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.platform.metrics.ApplicationMetrics;

/**
 * Letters through the server's mail session (WildFly mail subsystem, java:jboss/mail/Sferum): its SMTP server and
 * sender address come from the environment (see README). On top of it: time limits, so that a hanging mail server
 * fails the step long before the job's lock runs out (a second worker would send the letter again), and the login
 * of SFERUM_SMTP_USER / SFERUM_SMTP_PASSWORD when the server asks for one. Letters go over connections kept open
 * between them ({@link SmtpConnections}).
 */
@ApplicationScoped
public class JakartaMailer implements Mailer {

    private static final String TIMEOUT_MILLIS = "60000";

    @Resource(lookup = "java:jboss/mail/Sferum")
    Session serverSession;

    @Inject
    ApplicationMetrics metrics;

    private Session session;

    private SmtpConnections connections;

    @PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.putAll(serverSession.getProperties());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.put("mail." + protocol + ".connectiontimeout", "20000");
            properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
            properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        }
        Optional<String> user = Settings.SMTP_USER.value();
        Authenticator login = null;
        if (user.isPresent()) {
            String password = Settings.SMTP_PASSWORD.value().orElse("");
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtps.auth", "true");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            };
        }
        session = Session.getInstance(properties, login);
        connections = new SmtpConnections(session);
    }

    @PreDestroy
    void closeConnections() {
        connections.close();
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new FixedIdMessage(session, mail.messageId());
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());

            MimeMultipart content = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            content.addBodyPart(text);
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), "B"));
                content.addBodyPart(file);
            }
            message.setContent(content);
            connections.send(message);
            metrics.mailSent();
        } catch (MessagingException | UnsupportedEncodingException e) {
            metrics.mailFailed();
            // Only the reason: addresses and text stay out of the log (personal data).
            throw new IllegalStateException("Почтовый сервер не принял письмо: " + e.getMessage(), e);
        }
    }

    /** Keeps the Message-ID the caller chose instead of a fresh one at every send. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
