package ru.sferumworkflow.platform.mail;

import java.util.List;

/**
 * A letter the application sends. The message id is fixed by the caller, so that a letter sent again after
 * a failure is recognisably the same letter.
 */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments, String messageId) {

    /** A file attached to a letter. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
