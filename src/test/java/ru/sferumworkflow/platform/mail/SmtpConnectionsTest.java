package ru.sferumworkflow.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

class SmtpConnectionsTest {

    private final ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
    private GreenMail mailServer;
    private Session session;
    private SmtpConnections connections;

    @BeforeEach
    void start() {
        mailServer = new GreenMail(smtp);
        mailServer.start();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.getBindAddress());
        properties.put("mail.smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.from", "sferum@college.example");
        session = Session.getInstance(properties);
        connections = new SmtpConnections(session);
    }

    @AfterEach
    void stop() {
        connections.close();
        mailServer.stop();
    }

    @Test
    void lettersInARowShareOneConnection() throws Exception {
        for (int i = 1; i <= 5; i++) {
            connections.send(letter("student" + i + "@college.example"));
        }

        assertThat(mailServer.getReceivedMessages()).hasSize(5);
        assertThat(connections.opened()).isEqualTo(1);
    }

    @Test
    void aConnectionIsReplacedAfterItsLimitOfLetters() throws Exception {
        for (int i = 0; i <= SmtpConnections.LETTERS_PER_CONNECTION; i++) {
            connections.send(letter("parent" + i + "@college.example"));
        }

        assertThat(mailServer.getReceivedMessages()).hasSize(SmtpConnections.LETTERS_PER_CONNECTION + 1);
        assertThat(connections.opened()).isEqualTo(2);
    }

    @Test
    void aConnectionTheServerDroppedIsOpenedAgainBeforeTheNextLetter() throws Exception {
        connections.send(letter("first@college.example"));
        mailServer.stop();
        mailServer = new GreenMail(new ServerSetup(Integer.parseInt(session.getProperty("mail.smtp.port")),
                smtp.getBindAddress(), ServerSetup.PROTOCOL_SMTP));
        mailServer.start();

        connections.send(letter("second@college.example"));

        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(connections.opened()).isEqualTo(2);
    }

    @Test
    void withTheServerDownTheLetterFailsAndNoConnectionIsKept() throws Exception {
        connections.send(letter("first@college.example"));
        mailServer.stop();

        assertThatThrownBy(() -> connections.send(letter("second@college.example")))
                .isInstanceOf(MessagingException.class);
        assertThat(connections.open()).isZero();
    }

    private MimeMessage letter(String to) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Приглашение в Сферум", "UTF-8");
        message.setText("Ваша личная ссылка", "UTF-8");
        return message;
    }
}
