package io.locutor.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A budget period in UTC: its id (the key counters and alert markers are kept under) and when it ends. */
public enum Period {
    DAILY, MONTHLY;

    public String id(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return this == DAILY ? day.toString() : day.toString().substring(0, 7);
    }

    public Instant end(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate next = this == DAILY ? day.plusDays(1) : day.withDayOfMonth(1).plusMonths(1);
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** How long a counter for this period is kept: past its end, so a late reader still sees it. */
    public Duration retention() {
        return this == DAILY ? Duration.ofDays(2) : Duration.ofDays(62);
    }

    public String label() {
        return this == DAILY ? "daily" : "monthly";
    }
}
