package scorecards.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import scorecards.model.MetricRollup;
import scorecards.render.chart.Charts;
import scorecards.render.chart.Palette;
import scorecards.score.Report;

/** The site's {@code css/levels.css}: one class per level rank, coloured from the same ramp as the charts. */
public final class LevelStyles {

    public static final String PATH = "css/levels.css";

    private LevelStyles() {
    }

    public static void writeInto(Report report, GeneratedFiles site) throws IOException {
        int count = report.input().model().levels().size();
        List<String> colours = Palette.levels(count);
        StringBuilder css = new StringBuilder("/* Level colours, light (lowest) to dark (highest); written by each build. */\n");
        for (int rank = 0; rank < count; rank++) {
            css.append(".lvl-").append(rank).append(" { background: ").append(colours.get(rank)).append("; color: ")
                    .append(Palette.darkLevel(rank, count) ? "#ffffff" : Palette.TEXT).append("; }\n");
        }
        css.append("/* Legend keys of the charts' series. */\n").append(Charts.legendStyles());
        List<Integer> choices = report.input().model().metrics().own().stream()
                .filter(metric -> metric.rollup() == MetricRollup.DISTRIBUTION).map(metric -> metric.choices().size())
                .toList();
        if (!choices.isEmpty()) {
            css.append("/* Legend keys of the choice metrics' distributions. */\n").append(Charts.choiceStyles(choices));
        }
        site.write(PATH, css.toString().getBytes(StandardCharsets.UTF_8));
    }
}
