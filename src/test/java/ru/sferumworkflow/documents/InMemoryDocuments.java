package ru.sferumworkflow.documents;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Documents for process tests. */
public class InMemoryDocuments implements Documents {

    private final Map<String, Document> rows = new HashMap<>();

    @Override
    public Optional<Document> find(String id) {
        return Optional.ofNullable(id == null ? null : rows.get(id));
    }

    @Override
    public void save(Document document) {
        rows.put(document.id(), document);
    }

    public void clear() {
        rows.clear();
    }
}
