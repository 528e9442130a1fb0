package ru.sferumworkflow.documents;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Documents in SFW_DOCUMENT, written in the transaction of the step that made them. */
@ApplicationScoped
public class JpaDocuments implements Documents {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Override
    public Optional<Document> find(String id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public void save(Document document) {
        em.persist(document);
    }
}
