package ru.sferumworkflow.documents;

import java.util.Optional;

/** Where documents are kept. */
public interface Documents {

    Optional<Document> find(String id);

    void save(Document document);
}
