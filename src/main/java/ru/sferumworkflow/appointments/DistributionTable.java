package ru.sferumworkflow.appointments;

import java.util.ArrayList;
import java.util.List;

import ru.sferumworkflow.platform.EngineLimits;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The list the director reads, cut into process variables the engine can keep: it stores no text longer than 4,000
 * characters, and a college's whole distribution — 120 groups, a line of about 70 characters each — is twice that
 * (as one variable it failed as it was saved). The approval form shows the parts one after another; the parts are
 * cut between lines, so together they are the same list.
 */
final class DistributionTable {

    /** As many parts as the approval form shows: about 500 groups. */
    static final int PARTS = 10;

    private DistributionTable() {
    }

    /** The variable of each part: «distributionTable», «distributionTable2», … */
    static String variable(int part) {
        return AppointmentVariables.DISTRIBUTION_TABLE + (part == 0 ? "" : String.valueOf(part + 1));
    }

    /** Always {@link #PARTS} parts, the unused ones empty: the approval form names every part, used or not. */
    static List<String> parts(List<String> lines) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            if (part.length() + line.length() > EngineLimits.TEXT_VARIABLE) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(line);
        }
        parts.add(part.toString());
        if (parts.size() > PARTS) {
            throw FormErrors.refusal("Распределение не помещается в форму директора (в нём " + lines.size() + " групп, а "
                    + "помещается около 500): внесите его двумя частями.");
        }
        while (parts.size() < PARTS) {
            parts.add("");
        }
        return parts;
    }
}
