package ru.sferumworkflow.platform;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The CDI beans with a {@code @Named} name, as the read-only map the engine resolves expressions against
 * ({@code ${orderDraftCheck}} in a model). camunda-engine-cdi-jakarta stops at 7.23, so this small view over
 * the {@link BeanManager} takes its place.
 */
final class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;
    private final Map<String, Object> references = new ConcurrentHashMap<>();

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String && !beanManager.getBeans((String) name).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!containsKey(name)) {
            return null;
        }
        // Delegates are stateless; one reference per name lives as long as the engine.
        return references.computeIfAbsent((String) name, this::reference);
    }

    private Object reference(String name) {
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(name));
        return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        throw new UnsupportedOperationException("The engine only looks beans up by name");
    }
}
