package io.claimwatch.console;

import java.util.List;
import java.util.Map;

/** Counts as horizontal bars for inline SVG, longest bar = the full width. */
public record BarChart(String title, List<Bar> bars, int height) {

    static final int BAR = 22;
    static final int WIDTH = 240;

    public record Bar(String label, long count, int y, int w) {
    }

    public static BarChart of(String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            long n = sorted.get(i).getValue();
            bars.add(new Bar(sorted.get(i).getKey(), n, i * (BAR + 6), max == 0 ? 0 : (int) Math.max(2, n * WIDTH / max)));
        }
        return new BarChart(title, bars, Math.max(BAR, sorted.size() * (BAR + 6)));
    }
}
