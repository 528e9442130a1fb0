package ru.sferumworkflow.reports;

import java.util.List;

/**
 * The figures of one month's report, as kept with it: what happened within the period (invitations sent, claimed,
 * accepted; verifications; removals; restrictions; annulments) and what still waited on the day it was made.
 */
public record UsageFigures(List<InvitationFigures> byRole, List<InvitationFigures> byGroup, VerificationFigures verification,
        RemovalFigures removals, ModerationFigures moderation, AnnulmentFigures annulment) {

    /** Personal links of one role or one group: sent, followed, accepted, refused in the month; waiting now. */
    public record InvitationFigures(String name, long invited, long claimed, long joined, long refused, long pending) {

        InvitationFigures plus(InvitationFigures other) {
            return new InvitationFigures(name, invited + other.invited, claimed + other.claimed, joined + other.joined,
                    refused + other.refused, pending + other.pending);
        }

        boolean isEmpty() {
            return invited + claimed + joined + refused + pending == 0;
        }
    }

    /** Checks of the status «учитель»: started, verified, refused in the month; open now; days to verification. */
    public record VerificationFigures(long started, long verified, long refused, long pending, Double averageDays,
            Double worstDays) {
    }

    /** RemovalFigures from chats done in the month, on time or after the moderator's deadline; still open now. */
    public record RemovalFigures(long done, long onTime, long overdue, long open) {
    }

    /** Breaches of chat rules recorded, reminders, restrictions, lifted restrictions, complaints not upheld. */
    public record ModerationFigures(long recorded, long reminded, long restricted, long lifted, long notUpheld) {
    }

    /** InvitationFigures annulled on the platform in the month, and how many of their personal links went unclaimed. */
    public record AnnulmentFigures(long invitations, long unclaimedLinks) {
    }

    public InvitationFigures total() {
        return byRole.stream().reduce(new InvitationFigures("Всего", 0, 0, 0, 0, 0), InvitationFigures::plus);
    }
}
