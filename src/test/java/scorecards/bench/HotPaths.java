package scorecards.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import scorecards.export.JsonExport;
import scorecards.load.Problems;
import scorecards.load.SourceLoader;
import scorecards.load.YamlReader;
import scorecards.model.Scorecards;
import scorecards.render.OutputDirectory;
import scorecards.render.PageRenderer;
import scorecards.render.Theme;
import scorecards.render.page.Page;
import scorecards.render.page.SitePages;
import scorecards.score.Report;
import scorecards.score.Scorer;
import scorecards.synthetic.SyntheticOrganisation;

/**
 * Microbenchmarks of the paths a build spends its time in, on a synthetic organisation of
 * {@code teams} teams × 12 quarters: parsing one team file, reading and checking the whole
 * organisation, scoring it, rendering one team page and the overview, and writing the JSON export.
 * Run by {@code bench/run} (which prints the median of each); the whole-process timings are there too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
public class HotPaths {

    @Param("200")
    public int teams;

    private Path folder;
    private Path source;
    private byte[] teamFile;
    private Scorecards scorecards;
    private Report report;
    private PageRenderer renderer;
    private List<Supplier<Page>> pages;
    private Path output;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        folder = Files.createTempDirectory("scorecards-hot-paths-");
        source = folder.resolve("source");
        new SyntheticOrganisation(teams, 12, 42).writeInto(source);
        try (var files = Files.list(source.resolve(SourceLoader.TEAMS))) {
            teamFile = Files.readAllBytes(files.sorted().findFirst().orElseThrow());
        }
        SourceLoader.Result loaded = new SourceLoader().load(source);
        scorecards = loaded.scorecards().orElseThrow(() -> new IllegalStateException(loaded.problems().toString()));
        report = Scorer.score(scorecards);
        Theme theme = Theme.prepare(source, Files.createDirectories(folder.resolve("theme")));
        renderer = new PageRenderer(theme.templates(), theme.messages(), Map.of("name", "Bench", "period", "2026-Q3", "pages", List.of()));
        pages = SitePages.all(report);
        output = Files.createDirectories(folder.resolve("site"));
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        OutputDirectory.deleteTree(folder);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object parseOneTeamFile() {
        return new YamlReader().read(teamFile, new Problems("team.yaml"));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object readAndCheckTheOrganisation() throws Exception {
        return new SourceLoader().load(source);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Report scoreTheOrganisation() {
        return Scorer.score(scorecards);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void renderOneTeamPage() throws IOException {
        renderer.renderAll(List.of(pages.get(1)), output);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void renderTheOverviewPage() throws IOException {
        renderer.renderAll(List.of(pages.get(0)), output);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void writeTheJsonExport() throws IOException {
        JsonExport.write(report, OutputStream.nullOutputStream());
    }
}
