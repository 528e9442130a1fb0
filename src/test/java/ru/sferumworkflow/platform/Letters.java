package ru.sferumworkflow.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Address;
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

    /** How many letters each address got, among the given ones: duplicates show as counts above one. */
    public static Map<String, Integer> perAddress(List<MimeMessage> letters) {
        Map<String, Integer> counts = new TreeMap<>();
        try {
            for (MimeMessage letter : letters) {
                for (Address to : letter.getAllRecipients()) {
                    counts.merge(to.toString(), 1, Integer::sum);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** The same for every letter the mail server has received so far. */
    public static Map<String, Integer> perAddress(GreenMail mail) {
        return perAddress(List.of(mail.getReceivedMessages()));
    }

    public static String text(MimeMessage letter) throws Exception {
        Object content = letter.getContent();
        return content instanceof Multipart parts ? parts.getBodyPart(0).getContent().toString() : content.toString();
    }
}
