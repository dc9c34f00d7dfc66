package io.newsflow.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the log lines of two retries that transactions v2 (KIP-890) makes routine when a producer starts
 * writing to a partition or begins its next transaction while the last one's markers are still being
 * written: the embedded broker's ERROR with a stack trace for a batch that arrives before sequence 0
 * (KAFKA-18202, retriable by design) and the producer's WARN that it retries after OUT_OF_ORDER_SEQUENCE_NUMBER
 * or CONCURRENT_TRANSACTIONS. Hundreds of them in a benchmark read as failures and are not. A retry that
 * never succeeds still surfaces: the producer's delivery timeout fails the Streams task, which is logged.
 */
public final class ExpectedRetryFilter extends Filter<ILoggingEvent> {

    static final String BROKER_LOGGER = "kafka.server.ReplicaManager";
    static final String SENDER_LOGGER = "org.apache.kafka.clients.producer.internals.Sender";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return isExpectedRetry(event) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isExpectedRetry(ILoggingEvent event) {
        if (BROKER_LOGGER.equals(event.getLoggerName())) {
            IThrowableProxy t = event.getThrowableProxy();
            return t != null
                    && t.getClassName().endsWith(".OutOfOrderSequenceException")
                    && String.valueOf(t.getMessage()).contains("transactions v2");
        }
        if (SENDER_LOGGER.equals(event.getLoggerName()) && event.getLevel() == Level.WARN) {
            String m = event.getFormattedMessage();
            return m != null
                    && m.contains("retrying")
                    && (m.contains("OUT_OF_ORDER_SEQUENCE_NUMBER") || m.contains("CONCURRENT_TRANSACTIONS"));
        }
        return false;
    }
}
