package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.platform.Clock;

/**
 * Records that a letter with a chat's new rules went out — in a transaction of its own, committed as soon as the mail
 * server has taken the letter, as the invitation's personal links are recorded (SentLetters). The job that sent it may
 * still be rolled back: on two nodes, letter jobs of one rule change finishing at the same moment collide when the
 * engine counts them, and the engine runs the job again. Recorded in the job's own transaction, the record went with
 * it and the member got the letter twice (ClusterIT).
 */
@ApplicationScoped
public class SentRulesLetters {

    @Inject
    JpaRulesNotices notices;

    /** Should another run of the same job have recorded the letter meanwhile, the link of that letter stays. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String noticeId, String tokenHash) {
        RulesNotice notice = notices.notice(noticeId).orElseThrow();
        if (notice.sentAt() == null) {
            notice.sent(tokenHash, Clock.now());
        }
    }
}
