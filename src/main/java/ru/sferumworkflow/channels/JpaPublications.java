package ru.sferumworkflow.channels;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Publications of the system channels and their files. */
@ApplicationScoped
public class JpaPublications {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<Publication> find(String collegeId, String id) {
        return Optional.ofNullable(em.find(Publication.class, id)).filter(found -> found.collegeId().equals(collegeId));
    }

    public Optional<Publication> ofProcess(String processInstanceId) {
        return em.createQuery("select p from Publication p where p.processInstanceId = :process", Publication.class)
                .setParameter("process", processInstanceId).getResultList().stream().findFirst();
    }

    /** A channel's publications from one day to another, by their date: the channel's calendar. */
    public List<Publication> calendar(String collegeId, SystemChannel channel, LocalDate from, LocalDate to) {
        return em.createQuery("select p from Publication p where p.collegeId = :college and p.channel = :channel"
                        + " and p.wishedDate >= :from and p.wishedDate <= :to order by p.wishedDate, p.submittedAt",
                        Publication.class)
                .setParameter("college", collegeId).setParameter("channel", channel).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public List<PublicationFile> files(String publicationId) {
        return em.createQuery("select f from PublicationFile f where f.publicationId = :publication order by f.fileName",
                        PublicationFile.class)
                .setParameter("publication", publicationId).getResultList();
    }

    public Optional<PublicationFile> file(String publicationId, String fileId) {
        return Optional.ofNullable(em.find(PublicationFile.class, fileId))
                .filter(file -> file.publicationId().equals(publicationId));
    }
}
