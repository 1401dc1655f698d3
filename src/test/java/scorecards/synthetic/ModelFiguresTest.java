package scorecards.synthetic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import scorecards.model.MaturityModel;
import scorecards.model.Measurement;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.testing.Fixtures;

/**
 * The figures of any metric of a model: values of its type in its range, climbing its checks with
 * maturity; a measured value that disagrees, and one that differs yet agrees, by the tool's own rule.
 */
class ModelFiguresTest {

    private static final int DRAWS = 400;

    /** The corpus's model of every own type: a number with agree-within 0.5, a count, a choice, a boolean. */
    private static MaturityModel model() throws Exception {
        Path file = Fixtures.resource("compatibility/own-metrics-and-facts/scorecards/model.yaml");
        return ModelFile.of(Files.readString(file), file.toString()).model();
    }

    @Test
    void every_value_is_of_its_metrics_type_and_in_its_range() throws Exception {
        MaturityModel model = model();
        ModelFigures figures = new ModelFigures(model);
        SplittableRandom random = new SplittableRandom(7);

        for (Metric metric : model.metrics().all()) {
            if (!metric.isWritten()) {
                continue;
            }
            for (int i = 0; i < DRAWS; i++) {
                String value = figures.value(metric, random, random.nextDouble(), 0);
                assertTrue(fits(metric, value), metric + " = " + value);
            }
        }
    }

    @Test
    void a_more_mature_team_passes_more_of_an_own_metrics_checks() throws Exception {
        MaturityModel model = model();
        ModelFigures figures = new ModelFigures(model);
        Metric deploys = model.metrics().find("deploys-per-week").orElseThrow(); // min 1 at embedded, 10 at product
        SplittableRandom random = new SplittableRandom(7);

        int early = 0;
        int late = 0;
        for (int i = 0; i < DRAWS; i++) {
            early += Double.parseDouble(figures.value(deploys, random, 0.2, 0)) >= 10 ? 1 : 0;
            late += Double.parseDouble(figures.value(deploys, random, 0.95, 0)) >= 10 ? 1 : 0;
        }

        assertTrue(early < DRAWS / 10 && late > DRAWS / 2, early + " early, " + late + " late teams reach 10");
    }

    @Test
    void a_worse_value_disagrees_and_a_near_one_agrees_by_the_tools_rule() throws Exception {
        MaturityModel model = model();
        ModelFigures figures = new ModelFigures(model);
        SplittableRandom random = new SplittableRandom(11);

        for (Metric metric : model.metrics().all()) {
            if (!metric.isWritten()) {
                continue;
            }
            for (int i = 0; i < DRAWS; i++) {
                String reported = figures.value(metric, random, random.nextDouble(), 0);
                String worse = figures.worse(metric, reported, random);
                String near = figures.near(metric, reported, random);
                assertTrue(fits(metric, worse) && fits(metric, near), metric + ": " + worse + ", " + near);
                assertTrue(Measurement.disagree(metric, parse(metric, worse), parse(metric, reported)),
                        metric + ": " + worse + " against " + reported);
                assertFalse(Measurement.disagree(metric, parse(metric, near), parse(metric, reported)),
                        metric + ": " + near + " against " + reported);
            }
        }
    }

    private static boolean fits(Metric metric, String value) {
        return switch (metric.type()) {
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case CHOICE -> metric.position(value) >= 0;
            case NUMBER, COUNT -> value.matches("-?\\d+(\\.\\d+)?") && metric.admits(new BigDecimal(value));
        };
    }

    private static MetricValue parse(Metric metric, String value) {
        return switch (metric.type()) {
            case BOOLEAN -> MetricValue.of(Boolean.parseBoolean(value));
            case CHOICE -> new MetricValue.Choice(value, metric.position(value));
            case NUMBER, COUNT -> MetricValue.of(new BigDecimal(value));
        };
    }
}
