package io.quintet.crm.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pure rules under webhooks: retry schedules, event type patterns, the allow-list, Retry-After. */
class WebhookRulesTest {

    @Test
    void readsShortAndIsoDurations() {
        assertThat(RetrySchedule.parse("500ms, 5s,5m,2h,1d,PT30S").waits(), contains(Duration.ofMillis(500),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(2), Duration.ofDays(1),
                Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("5s,soon"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("PT0S"));
    }

    @Test
    void waitsAtLeastTheScheduleAndRepeatsItsLastStep() {
        RetrySchedule schedule = RetrySchedule.parse("1s,10s");
        assertThat(schedule.maxAttempts(), equalTo(3));
        Duration first = schedule.after(1);
        assertThat(first.compareTo(Duration.ofSeconds(1)) >= 0 && first.compareTo(Duration.ofMillis(1100)) <= 0,
                equalTo(true));
        assertThat(schedule.after(7).compareTo(Duration.ofSeconds(10)) >= 0, equalTo(true));
    }

    @Test
    void matchesEventTypePatterns() {
        assertThat(EventTypes.matches(List.of("*"), "contact.updated"), equalTo(true));
        assertThat(EventTypes.matches(List.of("contact.*"), "contact.updated"), equalTo(true));
        assertThat(EventTypes.matches(List.of("contact.*"), "contacts.updated"), equalTo(false));
        assertThat(EventTypes.matches(List.of("contact.created"), "contact.updated"), equalTo(false));
        assertThat(EventTypes.isValid("opportunity.stage_changed"), equalTo(true));
        assertThat(EventTypes.isValid("*.updated"), equalTo(false));
    }

    @Test
    void allowListNamesHostsAddressesAndBlocks() throws UnknownHostException {
        AllowList list = AllowList.parse(List.of("hooks.internal", "10.1.0.0/16", "127.0.0.1", "fd12::/16"));
        assertThat(list.namesHost("HOOKS.internal"), equalTo(true));
        assertThat(list.namesAddress(InetAddress.getByName("10.1.200.3")), equalTo(true));
        assertThat(list.namesAddress(InetAddress.getByName("10.2.0.1")), equalTo(false));
        assertThat(list.namesAddress(InetAddress.getByName("127.0.0.1")), equalTo(true));
        assertThat(list.namesAddress(InetAddress.getByName("127.0.0.2")), equalTo(false));
        assertThat(list.namesAddress(InetAddress.getByName("fd12:1::1")), equalTo(true));
        assertThrows(IllegalArgumentException.class, () -> AllowList.parse(List.of("10.0.0.0/33")));
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        assertThat(Dispatcher.retryAfter("7"), equalTo(Duration.ofSeconds(7)));
        assertThat(Dispatcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), equalTo(Duration.ZERO));
        assertThat(Dispatcher.retryAfter("9999999"), equalTo(Duration.ofDays(1)));
        assertThat(Dispatcher.retryAfter("soon"), equalTo(null));
    }
}
