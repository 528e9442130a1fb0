package ru.sferumworkflow.validation;

/** A request the application refuses, with the Russian text that says what to fix; nothing was saved. */
public class Refusal extends RuntimeException {

    public Refusal(String message) {
        super(message);
    }
}
