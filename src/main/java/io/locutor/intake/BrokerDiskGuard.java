package io.locutor.intake;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.ActiveMQAddressFullException;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * The embedded broker's full-disk rule: above {@code LOCUTOR_QUEUE_MAX_DISK_USAGE} percent of its disk in use, every
 * send is refused at once as "address full", which the sender sees as an error (a rejected AMQP delivery, a CORE or
 * JMS exception). Artemis 2.44 can only block producers on a full disk (it withholds their credit, whatever the
 * address-full policy; a disk-full policy of its own comes in a later version), so a CRM's send waited, without a word,
 * until someone freed space. Artemis' own disk monitor is switched off for this; consuming and acknowledging go on,
 * and they are what frees the space.
 */
final class BrokerDiskGuard implements ActiveMQServerMessagePlugin {

    private final FileStore disk;
    private final int maxUsagePercent;

    BrokerDiskGuard(Path dataDir, int maxUsagePercent) throws IOException {
        Files.createDirectories(dataDir);
        this.disk = Files.getFileStore(dataDir);
        this.maxUsagePercent = maxUsagePercent;
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreateQueue)
            throws ActiveMQException {
        long used = usedPercent();
        if (used > maxUsagePercent) {
            throw refusal("locutor's broker takes no new messages: its disk is " + used + "% used, over the "
                    + maxUsagePercent + "% limit (LOCUTOR_QUEUE_MAX_DISK_USAGE). Free space there, then send again.");
        }
    }

    /** Percent of the disk in use as Artemis measures it: what this process cannot use of the total. */
    private long usedPercent() throws ActiveMQException {
        try {
            long total = disk.getTotalSpace();
            return total <= 0 ? 0 : Math.round(100.0 * (total - disk.getUsableSpace()) / total);
        } catch (IOException e) {
            throw refusal("locutor's broker cannot measure its disk: " + e.getMessage());
        }
    }

    /**
     * An "address full" without its stack: a refusal is an expected state, not a fault, and Artemis logs every refused
     * send with its exception; a page of broker frames per send would bury the reason while a CRM keeps sending.
     */
    private static ActiveMQAddressFullException refusal(String reason) {
        ActiveMQAddressFullException refusal = new ActiveMQAddressFullException(reason);
        refusal.setStackTrace(new StackTraceElement[0]);
        return refusal;
    }
}
