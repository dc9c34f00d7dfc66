package io.newsflow.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;

class ExpectedRetryFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ExpectedRetryFilter filter = new ExpectedRetryFilter();

    private LoggingEvent event(String logger, Level level, String message, Throwable t) {
        Logger l = context.getLogger(logger);
        return new LoggingEvent(Logger.class.getName(), l, level, message, t, null);
    }

    @Test
    void dropsTheBrokersRetriableSequenceErrorOfTransactionsV2() {
        var e = event(
                ExpectedRetryFilter.BROKER_LOGGER,
                Level.ERROR,
                "Error processing append operation on partition x",
                new OutOfOrderSequenceException(
                        "Invalid sequence number for producer 2 at offset 9 in partition t-0: 3 "
                                + "(incoming seq. number). Expected sequence 0 for transactions v2 idempotent producer with no existing state."));
        assertThat(filter.decide(e)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsOtherBrokerErrors() {
        var gap = event(
                ExpectedRetryFilter.BROKER_LOGGER,
                Level.ERROR,
                "Error processing append operation",
                new OutOfOrderSequenceException(
                        "Out of order sequence number for producer 7: 51 (incoming seq. number), 49"));
        var other = event(
                ExpectedRetryFilter.BROKER_LOGGER,
                Level.ERROR,
                "Error processing append operation",
                new IllegalStateException("disk full"));
        assertThat(filter.decide(gap)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(other)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void dropsTheProducersRoutineRetryWarningsOnly() {
        String retry = "Got error produce response with correlation id 273 on topic-partition t-0, retrying "
                + "(2147483646 attempts left). Error: ";
        assertThat(filter.decide(event(
                        ExpectedRetryFilter.SENDER_LOGGER, Level.WARN, retry + "OUT_OF_ORDER_SEQUENCE_NUMBER", null)))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(
                        event(ExpectedRetryFilter.SENDER_LOGGER, Level.WARN, retry + "CONCURRENT_TRANSACTIONS", null)))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(
                        event(ExpectedRetryFilter.SENDER_LOGGER, Level.WARN, retry + "NOT_LEADER_OR_FOLLOWER", null)))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event(
                        ExpectedRetryFilter.SENDER_LOGGER,
                        Level.ERROR,
                        "Uncaught error in kafka producer I/O thread",
                        null)))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
