package ru.sferumworkflow.roster;

/** Where an import stands; REJECTED means bad lines and nothing saved, FAILED an error of ours. */
public enum ImportStatus {
    QUEUED("в очереди", false),
    CHECKING("проверка строк", false),
    SAVING("сохранение", false),
    DONE("загружен", true),
    REJECTED("отклонён: есть ошибки в строках, ничего не сохранено", true),
    FAILED("прерван из-за сбоя, ничего не сохранено", true);

    private final String title;
    private final boolean finished;

    ImportStatus(String title, boolean finished) {
        this.title = title;
        this.finished = finished;
    }

    public String title() { return title; }
    public boolean finished() { return finished; }
}
