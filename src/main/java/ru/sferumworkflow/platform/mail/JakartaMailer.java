package ru.sferumworkflow.platform.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

/**
 * Letters through the server's mail session (WildFly mail subsystem, java:jboss/mail/Sferum), whose SMTP
 * server and sender address come from the environment (see README).
 */
@ApplicationScoped
public class JakartaMailer implements Mailer {

    @Resource(lookup = "java:jboss/mail/Sferum")
    Session session;

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
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
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
