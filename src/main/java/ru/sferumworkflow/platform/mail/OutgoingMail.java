package ru.sferumworkflow.platform.mail;

import java.util.List;

import ru.sferumworkflow.platform.Settings;

/**
 * A letter the application sends. The message id is fixed by the caller, so that a letter sent again after
 * a failure is recognisably the same letter.
 */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments, String messageId) {

    /** The Message-ID of a letter of one kind about one thing, on the college's mail domain (SFERUM_MAIL_FROM). */
    public static String messageId(String kind, String id) {
        String from = Settings.MAIL_FROM.get();
        return "<" + kind + "." + id + "@" + from.substring(from.indexOf('@') + 1) + ">";
    }

    /** A file attached to a letter. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
