package ru.sferumworkflow.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Letters the application sent to the test's mail server, as a recipient finds them in their inbox. */
public final class Letters {

    private Letters() {
    }

    /** The first letter to the address whose subject contains the text, waiting for it a while. */
    public static MimeMessage to(GreenMail mail, String address, String subject) {
        return Eventually.within(Duration.ofSeconds(30), "письмо «" + subject + "» на " + address,
                () -> all(mail, address, subject), found -> !found.isEmpty()).get(0);
    }

    /** Every letter to the address whose subject contains the text, as of now. */
    public static List<MimeMessage> all(GreenMail mail, String address, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage letter : mail.getReceivedMessages()) {
            try {
                if (List.of(letter.getAllRecipients()).stream().anyMatch(to -> to.toString().equals(address))
                        && letter.getSubject().contains(subject)) {
                    found.add(letter);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    public static String text(MimeMessage letter) throws Exception {
        Object content = letter.getContent();
        return content instanceof Multipart parts ? parts.getBodyPart(0).getContent().toString() : content.toString();
    }
}
