package ru.sferumworkflow.platform.mail;

import java.time.Duration;
import java.util.NoSuchElementException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * Connections to the mail server kept open between letters. A September wave sends thousands of letters; opening a
 * connection for each (TCP, the server's greeting, EHLO, and TLS and the login where the server asks for them) costs
 * more than the letter itself. A connection is asked whether it is still there (NOOP) before each letter, closed after
 * a minute unused and after {@value #LETTERS_PER_CONNECTION} letters (some servers take no more on one connection), and
 * dropped on any error, so that the next letter opens a fresh one; a letter the server refused fails as before.
 */
final class SmtpConnections implements AutoCloseable {

    static final int LETTERS_PER_CONNECTION = 100;
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(60);

    private final GenericObjectPool<Connection> pool;

    SmtpConnections(Session session) {
        GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(-1); // as many as letters are sent at once (job threads, requests); none waits for another
        config.setTestOnBorrow(true);
        config.setMinEvictableIdleDuration(IDLE_LIMIT);
        config.setTimeBetweenEvictionRuns(IDLE_LIMIT.dividedBy(2));
        config.setJmxEnabled(false); // nothing to register in the server's MBeans, and nothing left there on redeploy
        pool = new GenericObjectPool<>(new Factory(session), config);
    }

    /** Sends the letter on an open connection; the server's refusal comes back as the exception it gave. */
    void send(MimeMessage message) throws MessagingException {
        message.saveChanges(); // what Transport.send does before handing the letter over
        Connection connection = borrow();
        boolean reusable = false;
        try {
            connection.transport.sendMessage(message, message.getAllRecipients());
            reusable = ++connection.letters < LETTERS_PER_CONNECTION;
        } finally {
            if (reusable) {
                pool.returnObject(connection);
            } else {
                invalidate(connection);
            }
        }
    }

    /** Connections opened so far (for tests). */
    long opened() {
        return pool.getCreatedCount();
    }

    /** Connections open now, in use or idle (for tests). */
    int open() {
        return pool.getNumActive() + pool.getNumIdle();
    }

    @Override
    public void close() {
        pool.close();
    }

    private Connection borrow() throws MessagingException {
        try {
            return pool.borrowObject();
        } catch (MessagingException e) {
            throw e;
        } catch (NoSuchElementException e) {
            // A connection just opened did not answer NOOP.
            throw new MessagingException("соединение с почтовым сервером сразу оборвалось", e);
        } catch (Exception e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    private void invalidate(Connection connection) {
        try {
            pool.invalidateObject(connection);
        } catch (Exception e) {
            // Closing a broken connection may fail as well; it is out of the pool either way.
        }
    }

    private static final class Connection {
        final Transport transport;
        int letters;

        Connection(Transport transport) {
            this.transport = transport;
        }
    }

    private static final class Factory extends BasePooledObjectFactory<Connection> {
        private final Session session;

        Factory(Session session) {
            this.session = session;
        }

        @Override
        public Connection create() throws MessagingException {
            // The transport Transport.send picks for an e-mail address (smtp, unless the session maps rfc822 elsewhere).
            Transport transport = session.getTransport(new InternetAddress());
            transport.connect();
            return new Connection(transport);
        }

        @Override
        public PooledObject<Connection> wrap(Connection connection) {
            return new DefaultPooledObject<>(connection);
        }

        @Override
        public boolean validateObject(PooledObject<Connection> connection) {
            return connection.getObject().transport.isConnected();
        }

        @Override
        public void destroyObject(PooledObject<Connection> connection) throws MessagingException {
            connection.getObject().transport.close();
        }
    }
}
