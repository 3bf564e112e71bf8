package io.claimwatch.contradiction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which statements a new one is compared with, so the work per statement stays bounded
 * however many statements share its keys. Rare keys say most about what a statement is about, so
 * their candidates come first and all of them are taken; a key shared by more than {@code perKey}
 * statements gives only the {@code perKey} said nearest in time; and no statement is compared with
 * more than {@code total} others.
 *
 * @param perKey most candidates taken through one (topic, key)
 * @param total  most candidates in all
 */
public record CandidatePicker(int perKey, int total) {

    /** Defaults: every statement of a key shared by up to 20, at most 60 comparisons (bench --scenario hot-topic). */
    public static final CandidatePicker DEFAULT = new CandidatePicker(20, 60);

    /** A statement sharing a key, and the earliest day it may have been said. */
    public record Near(long statementId, LocalDate statedFrom) {
    }

    /** The candidates chosen, and whether a cap left some out. */
    public record Picked(List<Long> ids, boolean capped) {
    }

    public CandidatePicker {
        if (perKey < 1 || total < perKey) {
            throw new IllegalArgumentException("perKey must be positive and total at least perKey");
        }
    }

    /**
     * {@code byKey}: for each (topic, key), the statements nearest {@code day} on each side, at most
     * {@code perKey + 1} a side (one more than is taken shows that the key holds more).
     */
    public <K> Picked pick(Map<K, List<Near>> byKey, LocalDate day) {
        boolean capped = false;
        List<Map.Entry<K, List<Near>>> keys = new ArrayList<>(byKey.entrySet());
        keys.sort(Comparator.comparingInt((Map.Entry<K, List<Near>> e) -> e.getValue().size())
                .thenComparing(e -> e.getKey().toString()));
        Set<Long> chosen = new LinkedHashSet<>();
        for (var key : keys) {
            List<Near> rows = new ArrayList<>(key.getValue());
            if (rows.size() > perKey) {
                capped = true;
                rows.sort(Comparator.comparingLong((Near n) -> Math.abs(ChronoUnit.DAYS.between(day, n.statedFrom())))
                        .thenComparing(Comparator.comparingLong(Near::statementId).reversed()));
                rows = rows.subList(0, perKey);
            }
            for (Near n : rows) {
                if (chosen.size() == total && !chosen.contains(n.statementId())) {
                    return new Picked(List.copyOf(chosen), true);
                }
                chosen.add(n.statementId());
            }
        }
        return new Picked(List.copyOf(chosen), capped);
    }
}
