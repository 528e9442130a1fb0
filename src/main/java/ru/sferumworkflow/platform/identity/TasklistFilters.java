package ru.sferumworkflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters every staff member sees on first login. Tasklist shows no filter until one exists,
 * and a user without a filter sees no task at all.
 */
class TasklistFilters {

    static final String MY_TASKS = "Мои задачи";
    static final String MY_GROUPS_TASKS = "Задачи моих групп";

    /** Variables shown on a task's card in the list, when the task has them. */
    private static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "orderNumber", "label", "Номер приказа"),
            Map.of("name", "adminFullName", "label", "Администратор Сферума"));

    private final ProcessEngine engine;

    TasklistFilters(ProcessEngine engine) {
        this.engine = engine;
    }

    void apply() {
        ensure(MY_TASKS, "Задачи, назначенные мне", -10,
                engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(MY_GROUPS_TASKS, "Задачи моих групп, которые ещё никто не взял", -5,
                engine.getTaskService().createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned());
    }

    private void ensure(String name, String description, int priority, TaskQuery query) {
        FilterService filters = engine.getFilterService();
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setQuery(query);
        Map<String, Object> properties = new HashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", CARD_VARIABLES);
        filter.setProperties(properties);
        filters.saveFilter(filter);

        GroupAuthorizations grants = new GroupAuthorizations(engine.getAuthorizationService());
        for (WorkflowGroup group : WorkflowGroup.staffGroups()) {
            grants.grant(group, Resources.FILTER, filter.getId(), READ);
        }
    }
}
