package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import scorecards.cli.CliRun;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;
import scorecards.testing.NpmPackage;

/**
 * The change journal's Atom feed and the sitemap, read by the formats' own schemas rather than by
 * this project's code: the feed by Jing (a RELAX NG validator, from Maven Central) against RFC
 * 4287's schema (test resource {@code external-schemas/atom.rnc}, with its source), the sitemap by
 * the JDK's XML Schema validator against sitemaps.org's schema, as the npm registry's
 * {@code sitemap} package ships it (installed at test time). Every link in them leads to a file of
 * the site, with {@code --site-url} and without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class FeedAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITE_URL = "https://example.github.io/scorecards/";
    private static final Path SCHEMAS = Fixtures.resource("external-schemas");
    /** sitemap.js (MIT), which carries sitemaps.org's sitemap.xsd of protocol 0.9 unchanged. */
    private static final NpmPackage SITEMAP_SCHEMA = new NpmPackage("sitemap", "9.0.1", "sitemap-schema");

    private BuiltSite relative;
    private BuiltSite published;

    @BeforeAll
    void build(@TempDir Path temp, @ExampleSite.Built Path example) {
        relative = new BuiltSite(example);
        CliRun run = CliRun.of("build", "--quiet", "--source", Fixtures.example().toString(), "--output",
                temp.resolve("published").toString(), "--site-url", SITE_URL);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        published = new BuiltSite(temp.resolve("published"));
    }

    /** Collects every problem a validator reports, as "line:column: message". */
    private static final class Problems implements ErrorHandler {
        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            add(e);
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
    }

    private static List<String> atomProblems(String feed) throws Exception {
        Problems problems = new Problems();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, problems);
        ValidationDriver jing = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertTrue(jing.loadSchema(ValidationDriver.fileInputSource(SCHEMAS.resolve("atom.rnc").toFile())),
                "the RFC's schema loads: " + problems.found);
        jing.validate(new InputSource(new StringReader(feed)));
        return problems.found;
    }

    private static List<String> sitemapProblems(String sitemap) throws Exception {
        Problems problems = new Problems();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Path schema = SITEMAP_SCHEMA.assumeInstalled().resolve("schema/sitemap.xsd");
        Validator validator = factory.newSchema(schema.toFile()).newValidator();
        validator.setErrorHandler(problems);
        validator.validate(new StreamSource(new StringReader(sitemap)));
        return problems.found;
    }

    @Test
    void the_feed_is_valid_atom_under_rfc_4287s_schema_with_and_without_a_site_address() throws Exception {
        for (BuiltSite site : List.of(relative, published)) {
            String feed = Files.readString(site.root().resolve("feed.xml"));

            assertEquals(List.of(), atomProblems(feed), site.root().toString());
            // The RFC's two Schematron rules, which Jing does not run: every entry has an author
            // (the feed has none of its own) and an alternate link.
            Document document = BuiltSite.xml(site.root().resolve("feed.xml"));
            NodeList entries = document.getElementsByTagNameNS(ATOM, "entry");
            assertEquals(4, entries.getLength());
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                assertEquals(1, children(entry, "author").size());
                assertTrue(children(entry, "link").stream().anyMatch(link -> link.getAttribute("rel").equals("alternate")));
            }
        }
    }

    @Test
    void jing_and_the_rfcs_schema_refuse_a_feed_without_an_id_or_with_a_date_that_is_not_one() throws Exception {
        String feed = Files.readString(relative.root().resolve("feed.xml"));
        String noId = feed.replaceFirst("<id>[^<]*</id>", "");
        String badDate = feed.replaceFirst("<updated>[^<]*</updated>", "<updated>20 July 2026</updated>");

        assertFalse(atomProblems(noId).isEmpty());
        List<String> date = atomProblems(badDate);
        assertEquals(1, date.size(), date.toString());
    }

    @Test
    void with_a_site_address_the_sitemap_is_valid_under_the_sitemaps_org_schema_and_lists_every_page() throws Exception {
        String sitemap = Files.readString(published.root().resolve("sitemap.xml"));

        assertEquals(List.of(), sitemapProblems(sitemap));
        List<String> locations = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser()).select("url > loc").eachText();
        assertEquals(published.htmlPages().stream().map(page -> SITE_URL + page).toList(), locations);
    }

    @Test
    void without_a_site_address_there_is_no_sitemap_as_the_protocol_takes_full_addresses_only() throws Exception {
        // What a sitemap of relative locations would be: the schema refuses it.
        String relativeSitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <url><loc>index.html</loc></url>\n</urlset>\n";

        assertFalse(Files.exists(relative.root().resolve("sitemap.xml")));
        List<String> problems = sitemapProblems(relativeSitemap);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("3:29: ") && p.contains("'index.html'")), problems.toString());
    }

    @Test
    void every_link_of_the_feed_and_the_sitemap_leads_to_a_file_of_the_site_with_and_without_a_site_address()
            throws Exception {
        Map<String, String> broken = new TreeMap<>();
        int checked = 0;
        for (BuiltSite site : List.of(relative, published)) {
            String name = site == relative ? "without --site-url" : "with --site-url";
            Path feedFile = site.root().resolve("feed.xml");
            Document feed = BuiltSite.xml(feedFile);
            Element root = feed.getDocumentElement();
            // What a reader resolves against: the feed's xml:base, else the feed's own address.
            URI base = root.hasAttribute("xml:base") ? URI.create(root.getAttribute("xml:base"))
                    : feedFile.toUri();
            URI siteRoot = root.hasAttribute("xml:base") ? URI.create(SITE_URL) : site.root().toUri();
            List<String> links = new ArrayList<>();
            NodeList all = feed.getElementsByTagNameNS(ATOM, "link");
            for (int i = 0; i < all.getLength(); i++) {
                links.add(((Element) all.item(i)).getAttribute("href"));
            }
            NodeList contents = feed.getElementsByTagNameNS(ATOM, "content");
            for (int i = 0; i < contents.getLength(); i++) {
                links.addAll(Jsoup.parseBodyFragment(contents.item(i).getTextContent()).select("a[href]").eachAttr("href"));
            }
            if (site == published) {
                links.addAll(Jsoup.parse(Files.readString(site.root().resolve("sitemap.xml")), "",
                        org.jsoup.parser.Parser.xmlParser()).select("url > loc").eachText());
            }
            for (String link : links) {
                URI target = base.resolve(link).normalize();
                URI inside = siteRoot.relativize(target);
                if (inside.isAbsolute() || inside.getPath().startsWith("..")) {
                    if (target.getScheme().startsWith("http") && !target.getHost().equals(siteRoot.getHost())) {
                        continue; // a link to another site, which a post may carry
                    }
                    broken.put(name + ": " + link, target + " is outside the site");
                    continue;
                }
                checked++;
                String path = inside.getPath();
                if (!Files.isRegularFile(site.root().resolve(path.isEmpty() ? "index.html" : path))) {
                    broken.put(name + ": " + link, target + " is no file of the site");
                }
            }
        }
        assertEquals(Map.of(), broken);
        assertTrue(checked > 20, "links checked: " + checked);
    }

    @Test
    void a_posts_relative_links_are_rewritten_from_the_root_and_other_links_left_as_written() {
        String html = "<p><a href=\"../needs.html\">a</a> <a href=\"#part\">b</a> <a href=\"next.html?x=1#y\">c</a>"
                + " <a href=\"https://other.example/x\">d</a> <a href=\"mailto:team@example.org\">e</a>"
                + " <a href=\"../../above.html\">f</a> <a href=\"../\">g</a></p>";

        List<String> links = Jsoup.parseBodyFragment(ContentSanitiser.linksFromRoot(html, "journal/post.html"))
                .select("a").eachAttr("href");

        assertEquals(List.of("needs.html", "journal/post.html#part", "journal/next.html?x=1#y", "https://other.example/x",
                "mailto:team@example.org", "../../above.html", "./"), links);
        assertEquals("<p>plain</p>", ContentSanitiser.linksFromRoot("<p>plain</p>", "journal/post.html"));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
