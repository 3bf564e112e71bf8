package io.claimwatch.console;

import io.claimwatch.timeline.Timeline;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A topic's timeline laid out for inline SVG: one lane per source, a dot for a statement dated
 * to the day, a bar spanning the days an uncertain date may mean, and curves for contradictions.
 */
public record TimelineChart(int width, int height, List<Lane> lanes, List<Mark> marks, List<Edge> edges,
                            List<Tick> ticks) {

    static final int LABEL = 160;
    static final int PLOT = 760;
    static final int TOP = 34;
    static final int LANE = 64;
    static final int ROW = 18;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public record Lane(String sourceId, String name, int y, int height) {
    }

    /** A statement: a dot when {@code range} is false, else a bar from x to x + w. */
    public record Mark(long id, int x, int w, int cx, int cy, boolean range, String title) {
    }

    public record Edge(long contradictionId, String relation, String path, String title) {
    }

    public record Tick(int x, String label) {
    }

    public static TimelineChart of(Timeline timeline, Names names) {
        List<Timeline.Entry> entries = timeline.statements().stream().filter(e -> e.statedOnRange() != null).toList();
        if (entries.isEmpty()) {
            return new TimelineChart(LABEL + PLOT + 20, TOP + 20, List.of(), List.of(), List.of(), List.of());
        }
        LocalDate first = entries.stream().map(e -> e.statedOnRange().earliest()).min(LocalDate::compareTo).orElseThrow().minusDays(1);
        LocalDate last = entries.stream().map(e -> e.statedOnRange().latest()).max(LocalDate::compareTo).orElseThrow().plusDays(2);
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double perDay = PLOT / days;

        Map<String, List<Timeline.Entry>> bySource = new LinkedHashMap<>();
        entries.forEach(e -> bySource.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e));
        List<Lane> lanes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        Map<Long, Mark> byId = new HashMap<>();
        int y = TOP;
        for (var lane : bySource.entrySet()) {
            List<Integer> rowEnds = new ArrayList<>(); // right edge of the last mark in each row, so marks never overlap
            for (Timeline.Entry e : lane.getValue()) {
                int x = LABEL + (int) Math.round(ChronoUnit.DAYS.between(first, e.statedOnRange().earliest()) * perDay);
                int x2 = LABEL + (int) Math.round((ChronoUnit.DAYS.between(first, e.statedOnRange().latest()) + 1) * perDay);
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) > x - 4) {
                    row++;
                }
                if (row == rowEnds.size()) {
                    rowEnds.add(x2);
                } else {
                    rowEnds.set(row, x2);
                }
                boolean range = !e.statedOnRange().earliest().equals(e.statedOnRange().latest());
                Mark mark = new Mark(e.id(), x, Math.max(6, x2 - x), (x + x2) / 2, y + 22 + row * ROW, range,
                        DateText.describe(e.statedOn()) + ": " + e.text());
                marks.add(mark);
                byId.put(e.id(), mark);
            }
            int height = Math.max(LANE, 34 + rowEnds.size() * ROW);
            lanes.add(new Lane(lane.getKey(), names.sourceName(lane.getKey()), y, height));
            y += height;
        }
        List<Edge> edges = new ArrayList<>();
        for (Timeline.Link link : timeline.contradictions()) {
            Mark a = byId.get(link.fromStatementId());
            Mark b = byId.get(link.toStatementId());
            if (a != null && b != null) {
                // arc upwards when there is room above both ends, else downwards, so no curve leaves the chart
                int bend = Math.min(LANE - 20, Math.max(24, Math.abs(b.cx() - a.cx()) / 3));
                int sign = Math.min(a.cy(), b.cy()) - bend > TOP ? -1 : 1;
                String path = "M" + a.cx() + "," + a.cy() + " C" + a.cx() + "," + (a.cy() + sign * bend) + " "
                        + b.cx() + "," + (b.cy() + sign * bend) + " " + b.cx() + "," + b.cy();
                edges.add(new Edge(link.contradictionId(), link.relation(), path,
                        link.relation() + " (" + link.status() + "): " + link.explanation()));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        int step = (int) Math.max(1, Math.ceil(days / 12));
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
            ticks.add(new Tick(LABEL + (int) Math.round(ChronoUnit.DAYS.between(first, d) * perDay), d.format(TICK)));
        }
        return new TimelineChart(LABEL + PLOT + 20, y + 10, lanes, marks, edges, ticks);
    }
}
